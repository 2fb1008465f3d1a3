import "server-only";
import { selfActor, type AttendeeActor } from "../audit/actor";
import { attendeeByToken } from "./internal/attendee-by-token";
import { AppError } from "../errors";
import { toCancelled, toConfirmed } from "./internal/status-changes";
import { inTransaction } from "../db/transaction";
import type { SeatHandedOut } from "./internal/waitlist";

export interface OfferResponseResult {
  registrationId: string;
  event: { slug: string; title: string };
  status: "CONFIRMED" | "CANCELLED";
  handedOut: SeatHandedOut[];
}

/**
 * Accepts (the reserved seat becomes a confirmed place) or declines (the seat goes to the next
 * person waiting) the place offered to an attendee for one event, while the offer is valid.
 */
export async function respondToOffer({
  actor,
  event: slug,
  accept,
  now = new Date(),
}: {
  actor: AttendeeActor;
  event: string;
  accept: boolean;
  now?: Date;
}): Promise<OfferResponseResult> {
  return inTransaction(async (tx) => {
    const attendee = await attendeeByToken(tx, actor.token, now);
    const registration = await tx.registration.findFirst({
      where: { attendeeId: attendee.id, status: "OFFERED", event: { slug } },
      include: { event: { select: { slug: true, title: true } } },
    });
    if (!registration) throw new AppError("NO_OFFER", slug);
    // Taking the offer's entry out of the queue is what claims the answer, against a concurrent
    // answer or the expiry job.
    const { count } = await tx.waitlistEntry.deleteMany({
      where: { registrationId: registration.id, offerExpiresAt: { gt: now } },
    });
    if (count === 0) throw new AppError("NO_OFFER", registration.event.title);
    const about = { registrationId: registration.id, event: registration.event };
    const self = selfActor(attendee.id);
    if (!accept) {
      const handedOut = await toCancelled(tx, self, registration.id, "OFFER_DECLINED", now);
      return { ...about, status: "CANCELLED", handedOut: handedOut ?? [] };
    }
    await toConfirmed(tx, registration, { actor: self, action: "registration.offer.accepted", now });
    return { ...about, status: "CONFIRMED", handedOut: [] };
  });
}
