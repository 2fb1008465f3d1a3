import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { audienceWhere, type MessageInput } from "./schema";

/**
 * Sends an organisers' message to a group of an event's attendees: one email each through the
 * outbox, written with the message in one transaction, and logged.
 */
export async function sendMessage({ actor, eventId, input }: { actor: UserActor; eventId: string; input: MessageInput }): Promise<{ recipients: number }> {
  return inTransaction(async (tx) => {
    const registrations = await tx.registration.findMany({ where: audienceWhere(eventId, input.audience), select: { id: true, attendeeId: true } });
    if (registrations.length === 0) throw new AppError("NO_RECIPIENTS");
    const message = await tx.message.create({
      data: { eventId, subject: input.subject, body: input.body, audience: input.audience, recipients: registrations.length, sentById: actor.userId, sentByEmail: actor.email },
    });
    await tx.outboxEmail.createMany({
      data: registrations.map((registration) => ({
        kind: "ORGANISER_MESSAGE" as const,
        attendeeId: registration.attendeeId,
        registrationId: registration.id,
        data: { messageId: message.id },
      })),
    });
    await recordAudit(tx, actor, {
      action: "message.sent",
      entityType: "Event",
      entityId: eventId,
      eventId,
      after: { subject: input.subject, audience: input.audience, recipients: registrations.length },
    });
    return { recipients: registrations.length };
  });
}
