import "server-only";
import { inTransaction } from "../db/transaction";
import { enqueueEmail } from "../outbox/outbox";
import { lockAttendeeEmails, underPublicEmailCap } from "../outbox/public-email-cap";

/** At most one such email per address in this time, however often someone asks. */
const RESEND_INTERVAL_MS = 10 * 60_000;

/**
 * « J'ai perdu mon lien » : emails the attendee their current manage link. Whoever asks learns
 * nothing: an unknown address, a recent request and the daily cap all end the same, silently.
 */
export async function resendManageLink({ email, now = new Date() }: { email: string; now?: Date }): Promise<void> {
  await inTransaction(async (tx) => {
    const attendee = await tx.attendee.findUnique({ where: { email }, select: { id: true, anonymisedAt: true } });
    if (!attendee || attendee.anonymisedAt) return;
    await lockAttendeeEmails(tx, attendee.id);
    const recent = await tx.outboxEmail.count({
      where: { attendeeId: attendee.id, kind: "MANAGE_LINK", createdAt: { gt: new Date(now.getTime() - RESEND_INTERVAL_MS) } },
    });
    if (recent === 0 && (await underPublicEmailCap(tx, attendee.id, "LOST_LINK", now))) {
      await enqueueEmail(tx, { kind: "MANAGE_LINK", attendeeId: attendee.id, data: { reason: "REQUESTED" }, createdAt: now });
    }
  });
}
