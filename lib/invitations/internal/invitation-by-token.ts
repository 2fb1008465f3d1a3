import "server-only";
import type { Tx } from "../../db/transaction";
import { hashInvitationToken, isInvitationTokenShape } from "../../links/invitation-token";

/** The invitation a personal link names, with its day, or null (malformed or unknown token). */
export async function invitationByToken(tx: Pick<Tx, "invitation">, token: string) {
  if (!isInvitationTokenShape(token)) return null;
  return tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, include: { event: true } });
}

/** Whether the link may still be answered: sent, not expired, the day not started. */
export function isOpen(invitation: { state: string; expiresAt: Date; event: { startsAt: Date; status: string } }, now: Date): boolean {
  return invitation.state === "SENT" && invitation.expiresAt > now && invitation.event.startsAt > now && invitation.event.status !== "DRAFT";
}
