import "server-only";
import type { Tx } from "../../db/transaction";
import { AppError } from "../../errors";

/** An invitation of the event (an action bound to one day never touches another's), or RECORD_NOT_FOUND. */
export async function invitationOf(tx: Tx, eventId: string, invitationId: string) {
  const invitation = await tx.invitation.findFirst({ where: { id: invitationId, eventId } });
  if (!invitation) throw new AppError("RECORD_NOT_FOUND");
  return invitation;
}
