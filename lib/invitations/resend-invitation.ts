import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { invitationOf } from "./internal/invitation-of";
import { enqueueInvitation } from "./internal/send";

/**
 * Sends a pending invitation's email again (same personal link), at most once every few minutes,
 * and never once the day has started: the link could no longer be answered.
 */
export async function resendInvitation({ actor, eventId, invitationId, now = new Date() }: { actor: UserActor; eventId: string; invitationId: string; now?: Date }) {
  await inTransaction(async (tx) => {
    const invitation = await invitationOf(tx, eventId, invitationId);
    const { startsAt } = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { startsAt: true } });
    if (startsAt <= now) throw new AppError("INVITATION_STATE", "la journée a déjà commencé");
    if (invitation.state !== "SENT" || invitation.expiresAt <= now) throw new AppError("INVITATION_STATE", "seule une invitation en attente de réponse peut être renvoyée");
    if (now.getTime() - invitation.sentAt.getTime() < 5 * 60_000) throw new AppError("RECENTLY_SENT");
    await tx.invitation.update({ where: { id: invitation.id }, data: { sentAt: now } });
    await enqueueInvitation(tx, invitation, now);
    await recordAudit(tx, actor, { action: "invitation.resent", entityType: "Invitation", entityId: invitation.id, eventId, after: { state: "SENT" } });
  });
}
