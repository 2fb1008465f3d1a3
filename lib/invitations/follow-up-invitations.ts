import "server-only";
import { systemActor } from "../audit/actor";
import { recordAudits } from "../audit/record-audit";
import { db } from "../db/client";
import { inTransaction } from "../db/transaction";
import { enqueueEmail } from "../outbox/outbox";
import { reminderEmailKey } from "./internal/send";

const actor = systemActor("invitations");

/**
 * The invitations' job: reminds those due a reminder who have not answered (once: the outbox key
 * forbids a second), and marks expired those whose date has passed. Safe to run concurrently:
 * each change is conditional on the state it starts from.
 */
export async function followUpInvitations(now: Date = new Date()): Promise<{ reminded: number; expired: number }> {
  const due = await db.invitation.findMany({
    where: { state: "SENT", reminderSentAt: null, remindAt: { lte: now }, expiresAt: { gt: now } },
    select: { id: true, eventId: true, email: true },
    take: 500,
  });
  let reminded = 0;
  for (const invitation of due) {
    reminded += await inTransaction(async (tx) => {
      const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, state: "SENT", reminderSentAt: null }, data: { reminderSentAt: now } });
      if (count === 0) return 0;
      await enqueueEmail(tx, { kind: "INVITATION_REMINDER", to: invitation.email, data: { invitationId: invitation.id }, dedupeKey: reminderEmailKey(invitation.id), createdAt: now });
      await recordAudits(tx, [{ actor, record: { action: "invitation.reminded", entityType: "Invitation", entityId: invitation.id, eventId: invitation.eventId } }]);
      return 1;
    });
  }
  const expired = await inTransaction(async (tx) => {
    const stale = await tx.invitation.findMany({ where: { state: "SENT", expiresAt: { lte: now } }, select: { id: true, eventId: true }, take: 500 });
    if (stale.length === 0) return 0;
    const { count } = await tx.invitation.updateMany({ where: { id: { in: stale.map((invitation) => invitation.id) }, state: "SENT" }, data: { state: "EXPIRED" } });
    await recordAudits(
      tx,
      stale.map((invitation) => ({ actor, record: { action: "invitation.expired", entityType: "Invitation", entityId: invitation.id, eventId: invitation.eventId, before: { state: "SENT" }, after: { state: "EXPIRED" } } })),
    );
    return count;
  });
  return { reminded, expired };
}
