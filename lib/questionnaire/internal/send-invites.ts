import "server-only";
import type { BackOfficeActor } from "../../audit/actor";
import { recordAudit } from "../../audit/record-audit";
import { withinCheckInWindow } from "../../checkin/check-in-window";
import { db } from "../../db/client";
import { inTransaction } from "../../db/transaction";
import { isUniqueViolation } from "../../db/unique-violation";
import { enqueueEmail } from "../../outbox/outbox";

/** A day as sending its questionnaire needs it. */
export interface QuestionnaireDay {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

/** The day's confirmed people checked in within it who have had no questionnaire yet. */
export async function awaitingQuestionnaire(event: QuestionnaireDay): Promise<{ id: string; attendeeId: string }[]> {
  const registrations = await db.registration.findMany({
    where: { eventId: event.id, status: "CONFIRMED", checkIn: { isNot: null }, questionnaire: null },
    select: { id: true, attendeeId: true, checkIn: { select: { checkedInAt: true } } },
    orderBy: { id: "asc" },
  });
  return registrations.filter(({ checkIn }) => checkIn && withinCheckInWindow(event, checkIn.checkedInAt)).map(({ id, attendeeId }) => ({ id, attendeeId }));
}

/**
 * Writes the questionnaire email of each of the day's people still awaiting it, with its invite:
 * the invite's unique registration is the claim, so a person gets it once whoever sends (the job,
 * an admin, several instances at once). Returns how many this call sent.
 */
export async function sendInvites({ actor, event, now }: { actor: BackOfficeActor; event: QuestionnaireDay; now: Date }): Promise<number> {
  let sent = 0;
  for (const registration of await awaitingQuestionnaire(event)) {
    try {
      await inTransaction(async (tx) => {
        const invite = await tx.questionnaireInvite.create({ data: { registrationId: registration.id, eventId: event.id, sentAt: now } });
        await enqueueEmail(tx, { kind: "QUESTIONNAIRE", attendeeId: registration.attendeeId, registrationId: registration.id, data: { inviteId: invite.id }, createdAt: now });
        await recordAudit(tx, actor, { action: "registration.questionnaire.sent", entityType: "Registration", entityId: registration.id, eventId: event.id });
      });
      sent++;
    } catch (error) {
      // Sent by another at the same moment.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return sent;
}
