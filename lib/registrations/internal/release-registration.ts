import "server-only";
import type { CancellationReason } from "../../db/models";
import { releaseSeat } from "./seats";
import type { Tx } from "../../db/transaction";
import { handOutFreeSeats, type SeatHandedOut } from "./waitlist";
import { enqueueEmail } from "../../outbox/outbox";

/**
 * Cancels a registration, frees what it held (seat or place in the queue) and hands the freed
 * seat to the waiting list, all in the caller's transaction. Returns null when it was already
 * cancelled: the conditional update makes a concurrent second cancellation do nothing.
 */
export async function releaseRegistration(
  tx: Tx,
  registrationId: string,
  reason: CancellationReason,
  now: Date,
): Promise<SeatHandedOut[] | null> {
  const { count } = await tx.registration.updateMany({
    where: { id: registrationId, status: { not: "CANCELLED" } },
    data: { status: "CANCELLED", cancellationReason: reason, cancelledAt: now, activeDay: null },
  });
  if (count === 0) return null;
  const { event, attendeeId } = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, include: { event: true } });
  await enqueueEmail(
    tx,
    reason === "OFFER_EXPIRED"
      ? { kind: "OFFER_EXPIRED", attendeeId, registrationId }
      : { kind: "REGISTRATION_CANCELLED", attendeeId, registrationId, data: { reason } },
  );
  await tx.waitlistEntry.deleteMany({ where: { registrationId } });
  await releaseSeat(tx, event, registrationId);
  return handOutFreeSeats(tx, event, now);
}
