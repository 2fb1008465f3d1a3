import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { fitReservedSeats } from "./internal/fit-reserved-seats";
import { handOutFreeSeats } from "./internal/status-changes";
import { holdSeatsAbove } from "./internal/seats";
import { lockWaitingList, type SeatHandedOut } from "./internal/waitlist";
import { publicCapacity } from "./reserved-places";

/**
 * Sets a day's reserved places and the date they go to the public. Places the public already holds
 * cannot be reserved (RESERVED_PLACES_HELD); places no longer reserved go to the waiting list at
 * once, as when someone cancels. A release date already passed releases them now; a new date to
 * come keeps them reserved again.
 */
export async function changeReservedPlaces({
  actor,
  eventId,
  reservedPlaces,
  reservedReleaseAt,
  now = new Date(),
}: {
  actor: BackOfficeActor;
  eventId: string;
  reservedPlaces: number;
  reservedReleaseAt: Date | null;
  now?: Date;
}): Promise<{ handedOut: SeatHandedOut[] }> {
  return inTransaction(async (tx) => {
    const current = await tx.event.findUnique({ where: { id: eventId }, select: { capacity: true } });
    if (!current) throw new AppError("RECORD_NOT_FOUND");
    const released = reservedReleaseAt !== null && reservedReleaseAt <= now;
    // The public's claims in flight first, then the event row (as the registration paths take them).
    await holdSeatsAbove(tx, { id: eventId, capacity: current.capacity }, publicCapacity({ capacity: current.capacity, reservedPlaces, reservedReleasedAt: released ? now : null }));
    await lockWaitingList(tx, eventId);
    const before = await tx.event.findUniqueOrThrow({ where: { id: eventId } });
    if (reservedPlaces > before.capacity) throw new AppError("RESERVED_ABOVE_CAPACITY", `${before.capacity} places`, "reservedPlaces");
    const event = await tx.event.update({
      where: { id: eventId },
      data: { reservedPlaces, reservedReleaseAt, reservedReleasedAt: released ? (before.reservedReleasedAt ?? now) : null },
    });
    await fitReservedSeats(tx, event);
    await recordAudit(tx, actor, {
      action: "event.reserved-places.changed",
      entityType: "Event",
      entityId: eventId,
      eventId,
      before: { reservedPlaces: before.reservedPlaces, reservedReleaseAt: before.reservedReleaseAt?.toISOString() ?? null },
      after: { reservedPlaces, reservedReleaseAt: reservedReleaseAt?.toISOString() ?? null, ...(released ? { released: true } : {}) },
    });
    return { handedOut: await handOutFreeSeats(tx, event, now) };
  });
}
