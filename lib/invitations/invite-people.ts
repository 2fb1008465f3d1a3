import "server-only";
import { randomUUID } from "node:crypto";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { hashInvitationToken, invitationTokenFor } from "../links/invitation-token";
import { checkedSchedule } from "./internal/expiry";
import { enqueueInvitation } from "./internal/send";
import { INVITATION_STATE_LABELS, type InvitationTerms, type Invitee } from "./schema";

export interface InvitePeopleResult {
  sent: number;
  /** People not invited, with why: already invited (sent or accepted) to this day. */
  refused: { email: string; message: string }[];
}

/**
 * Invites people to a day, in one transaction: each gets an invitation (one per address and day;
 * a declined, expired or withdrawn one is sent again) and its email through the outbox. Someone
 * whose invitation is pending or accepted is left as is and listed in `refused`.
 */
export async function invitePeople({
  actor,
  eventId,
  invitees,
  terms,
  speakerId = null,
  now = new Date(),
}: {
  actor: UserActor;
  eventId: string;
  invitees: Invitee[];
  terms: InvitationTerms;
  speakerId?: string | null;
  now?: Date;
}): Promise<InvitePeopleResult> {
  return inTransaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId } });
    if (!event) throw new AppError("RECORD_NOT_FOUND");
    const { expiresAt, remindAt } = checkedSchedule(terms, event, now);
    const existing = await tx.invitation.findMany({ where: { eventId, email: { in: invitees.map((invitee) => invitee.email) } } });
    const result: InvitePeopleResult = { sent: 0, refused: [] };
    for (const invitee of invitees) {
      const previous = existing.find((invitation) => invitation.email === invitee.email);
      if (previous && (previous.state === "SENT" || previous.state === "ACCEPTED")) {
        result.refused.push({ email: invitee.email, message: `déjà invitée, invitation ${INVITATION_STATE_LABELS[previous.state]}` });
        continue;
      }
      const id = previous?.id ?? randomUUID();
      const fields = {
        ...invitee,
        role: terms.role,
        message: terms.message,
        expiresAt,
        remindAt,
        reminderSentAt: null,
        state: "SENT" as const,
        speakerId,
        invitedById: actor.userId,
        invitedByLabel: actor.email,
        sentAt: now,
        respondedAt: null,
        registrationId: null,
      };
      await (previous
        ? tx.invitation.update({ where: { id }, data: fields })
        : tx.invitation.create({ data: { id, eventId, tokenHash: hashInvitationToken(invitationTokenFor(id)), ...fields } }));
      await enqueueInvitation(tx, { id, email: invitee.email }, now);
      await recordAudit(tx, actor, {
        action: "invitation.sent",
        entityType: "Invitation",
        entityId: id,
        eventId,
        ...(previous ? { before: { state: previous.state } } : {}),
        after: { state: "SENT", role: terms.role, expiresAt: expiresAt.toISOString(), ...(speakerId ? { speakerId } : {}) },
      });
      result.sent += 1;
    }
    return result;
  });
}
