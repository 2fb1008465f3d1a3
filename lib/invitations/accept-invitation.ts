import "server-only";
import { selfActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { registerGuest, type GuestRegistration } from "../registrations/register-guest";
import type { AnswersInput } from "../questions/schema";
import type { GuestDetails } from "../registrations/schema";
import { invitationByToken, isOpen } from "./internal/invitation-by-token";
import { dropPendingEmails } from "./internal/send";

/**
 * The invited person answers yes with their link: registered on one of the day's reserved places
 * (registerGuest: the public ones when they are all taken, the waiting list when the day is full),
 * their registration carrying the invitation's role; a new address answers the day's questions
 * too. Already registered for the day, their registration takes the role and a reserved place.
 * Once only: a second answer finds it closed.
 */
export async function acceptInvitation({
  token,
  details,
  answers,
  now = new Date(),
}: {
  token: string;
  details: GuestDetails | null;
  answers?: AnswersInput;
  now?: Date;
}): Promise<GuestRegistration> {
  return inTransaction(async (tx) => {
    const invitation = await invitationByToken(tx, token);
    if (!invitation || !isOpen(invitation, now)) throw new AppError("INVITATION_CLOSED");
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, state: "SENT" }, data: { state: "ACCEPTED", respondedAt: now } });
    if (count === 0) throw new AppError("INVITATION_CLOSED");
    const guest = await registerGuest(tx, { email: invitation.email, details, answers, event: invitation.event, guestRole: invitation.role, now });
    await tx.invitation.update({ where: { id: invitation.id }, data: { registrationId: guest.registration.registrationId } });
    await dropPendingEmails(tx, invitation.id);
    await recordAudit(tx, selfActor(guest.attendeeId), {
      action: "invitation.accepted",
      entityType: "Invitation",
      entityId: invitation.id,
      eventId: invitation.eventId,
      before: { state: "SENT" },
      after: { state: "ACCEPTED", registrationId: guest.registration.registrationId, status: guest.registration.status },
    });
    return guest;
  });
}
