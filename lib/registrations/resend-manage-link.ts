import "server-only";
import { db } from "../db/client";
import { requestDelivery } from "../mail/delivery-trigger";
import { enqueueEmail } from "../mail/outbox";

/** At most one such email per address in this time, however often someone resubmits the form. */
const RESEND_INTERVAL_MS = 10 * 60_000;

/** Sends an attendee their manage link again (someone registered again with their address). */
export async function resendManageLink({ email, now = new Date() }: { email: string; now?: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    const attendee = await tx.attendee.findUnique({ where: { email } });
    if (!attendee) return;
    const recent = await tx.outboxEmail.count({
      where: { attendeeId: attendee.id, kind: "MANAGE_LINK", createdAt: { gt: new Date(now.getTime() - RESEND_INTERVAL_MS) } },
    });
    if (recent === 0) await enqueueEmail(tx, { kind: "MANAGE_LINK", attendeeId: attendee.id, createdAt: now });
  });
  requestDelivery();
}
