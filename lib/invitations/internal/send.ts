import "server-only";
import type { Tx } from "../../db/transaction";
import { enqueueEmail } from "../../outbox/outbox";

/** The outbox keys of an invitation's emails: a withdrawal finds those not sent yet. */
export const invitationEmailKey = (invitationId: string, now: Date) => `invitation:${invitationId}:${now.getTime()}`;
export const reminderEmailKey = (invitationId: string) => `invitation:${invitationId}:reminder`;

/** Writes the invitation's email (its personal link) to the outbox, in the caller's transaction. */
export async function enqueueInvitation(tx: Tx, invitation: { id: string; email: string }, now: Date): Promise<void> {
  await enqueueEmail(tx, { kind: "INVITATION", to: invitation.email, data: { invitationId: invitation.id }, dedupeKey: invitationEmailKey(invitation.id, now), createdAt: now });
}

/** Drops the invitation's emails still waiting to leave (it was withdrawn). */
export async function dropPendingEmails(tx: Tx, invitationId: string): Promise<void> {
  await tx.outboxEmail.deleteMany({ where: { status: "PENDING", dedupeKey: { startsWith: `invitation:${invitationId}:` } } });
}
