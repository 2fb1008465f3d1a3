import "server-only";
import { systemActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { inTransaction } from "../db/transaction";
import { handOutFreeSeats } from "./internal/status-changes";
import { lockWaitingList } from "./internal/waitlist";

const actor = systemActor("release-reserved-places");

/**
 * The job that releases, at each day's reservedReleaseAt, the reserved places nobody took: from
 * then on the public may take them, and the waiting list moves on at once exactly as when someone
 * cancels (handOutFreeSeats). Once per day: the conditional update lets one run do it.
 */
export async function releaseReservedPlaces(now: Date = new Date()): Promise<{ released: string[] }> {
  const due = await db.event.findMany({
    where: { reservedPlaces: { gt: 0 }, reservedReleasedAt: null, reservedReleaseAt: { lte: now } },
    select: { id: true },
  });
  const released: string[] = [];
  for (const { id } of due) {
    await inTransaction(async (tx) => {
      await lockWaitingList(tx, id);
      const { count } = await tx.event.updateMany({ where: { id, reservedReleasedAt: null }, data: { reservedReleasedAt: now } });
      if (count === 0) return;
      const event = await tx.event.findUniqueOrThrow({ where: { id } });
      const free = await tx.seat.count({ where: { eventId: id, registrationId: null, number: { gt: event.capacity - event.reservedPlaces, lte: event.capacity } } });
      const handedOut = await handOutFreeSeats(tx, event, now);
      await recordAudit(tx, actor, {
        action: "event.reserved-places.released",
        entityType: "Event",
        entityId: id,
        eventId: id,
        before: { reservedPlaces: event.reservedPlaces },
        after: { releasedPlaces: free, handedOut: handedOut.length },
      });
      released.push(id);
    });
  }
  return { released };
}
