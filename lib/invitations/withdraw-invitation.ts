import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { invitationOf } from "./internal/invitation-of";
import { dropPendingEmails } from "./internal/send";

/**
 * Withdraws a pending invitation: its link stops working and its emails not yet sent are dropped.
 * An accepted one is a registration, cancelled from the registration's page like any other.
 */
export async function withdrawInvitation({ actor, eventId, invitationId, now = new Date() }: { actor: UserActor; eventId: string; invitationId: string; now?: Date }) {
  await inTransaction(async (tx) => {
    const invitation = await invitationOf(tx, eventId, invitationId);
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, state: "SENT" }, data: { state: "WITHDRAWN", respondedAt: now } });
    if (count === 0) throw new AppError("INVITATION_STATE", "seule une invitation en attente de réponse peut être retirée");
    await dropPendingEmails(tx, invitation.id);
    await recordAudit(tx, actor, { action: "invitation.withdrawn", entityType: "Invitation", entityId: invitation.id, eventId, before: { state: "SENT" }, after: { state: "WITHDRAWN" } });
  });
}
