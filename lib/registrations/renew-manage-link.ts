import "server-only";
import { selfActor, type AttendeeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { enqueueEmail } from "../outbox/outbox";
import { lockAttendeeEmails, underPublicEmailCap } from "../outbox/public-email-cap";
import { attendeeByToken } from "./internal/attendee-by-token";
import { hashManageToken, manageTokenFor } from "../links/manage-token";

/**
 * « Envoyez-moi un nouveau lien » : the manage link in hand stops working at once, and a new one
 * goes to the address only (for a link that was forwarded or seen by someone else). The person's
 * other data and every other attendee's link are untouched.
 */
export async function renewManageLink({ actor, now = new Date() }: { actor: AttendeeActor; now?: Date }): Promise<void> {
  await inTransaction(async (tx) => {
    const attendee = await attendeeByToken(tx, actor.token, now);
    await lockAttendeeEmails(tx, attendee.id);
    if (!(await underPublicEmailCap(tx, attendee.id, "RENEWAL", now))) throw new AppError("EMAIL_CAP");
    const version = attendee.manageTokenVersion + 1;
    // Conditional on the version read: of two renewals at once, one wins and the other finds the link gone.
    const { count } = await tx.attendee.updateMany({
      where: { id: attendee.id, manageTokenVersion: attendee.manageTokenVersion },
      data: { manageTokenVersion: version, manageTokenHash: hashManageToken(manageTokenFor(attendee.id, version)) },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await enqueueEmail(tx, { kind: "MANAGE_LINK", attendeeId: attendee.id, data: { reason: "RENEWED" }, createdAt: now });
    await recordAudit(tx, selfActor(attendee.id), { action: "attendee.manage-link.renewed", entityType: "Attendee", entityId: attendee.id, after: { version } });
  });
}
