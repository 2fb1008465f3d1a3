import "server-only";
import { systemActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { invitationByToken, isOpen } from "./internal/invitation-by-token";
import { dropPendingEmails } from "./internal/send";

/** The invited person answers no with their link: the invitation is declined, its reserved place stays for others. */
export async function declineInvitation({ token, now = new Date() }: { token: string; now?: Date }): Promise<{ eventTitle: string }> {
  return inTransaction(async (tx) => {
    const invitation = await invitationByToken(tx, token);
    if (!invitation || !isOpen(invitation, now)) throw new AppError("INVITATION_CLOSED");
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, state: "SENT" }, data: { state: "DECLINED", respondedAt: now } });
    if (count === 0) throw new AppError("INVITATION_CLOSED");
    await dropPendingEmails(tx, invitation.id);
    // The person may have no registration record: the journal names their link.
    await recordAudit(tx, systemActor("invitation-link"), {
      action: "invitation.declined",
      entityType: "Invitation",
      entityId: invitation.id,
      eventId: invitation.eventId,
      before: { state: "SENT" },
      after: { state: "DECLINED" },
    });
    return { eventTitle: invitation.event.title };
  });
}
