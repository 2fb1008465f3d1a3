import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type Tx } from "../db/transaction";
import { AppError } from "../errors";
import type { Event } from "../db/models";
import { syncSeats } from "./internal/seats";
import { fitReservedSeats } from "./internal/fit-reserved-seats";
import { handOutFreeSeats } from "./internal/status-changes";
import type { SeatHandedOut } from "./internal/waitlist";

export type { SeatHandedOut };

/**
 * Sets an event's capacity in the caller's transaction. Raising it hands the new places to the
 * waiting list at once; lowering it below the places already held (confirmed attendees and pending
 * offers) is refused with that count: nobody loses a place they were given.
 */
export async function applyCapacity(tx: Tx, actor: BackOfficeActor, event: Event, capacity: number, now: Date): Promise<SeatHandedOut[]> {
  if (capacity === event.capacity) return [];
  const held = await tx.seat.count({ where: { eventId: event.id, registrationId: { not: null } } });
  if (capacity < held) {
    throw new AppError("CAPACITY_BELOW_HELD", `${held} place${held > 1 ? "s" : ""} attribuée${held > 1 ? "s" : ""}`, "capacity");
  }
  if (capacity < event.reservedPlaces) throw new AppError("RESERVED_ABOVE_CAPACITY", `${event.reservedPlaces} places réservées`, "capacity");
  const updated = await tx.event.update({ where: { id: event.id }, data: { capacity } });
  await syncSeats(tx, updated);
  // The reserved places are the top seats: a new capacity moves them.
  await fitReservedSeats(tx, updated);
  await recordAudit(tx, actor, {
    action: "event.capacity.changed",
    entityType: "Event",
    entityId: event.id,
    eventId: event.id,
    before: { capacity: event.capacity },
    after: { capacity },
  });
  return handOutFreeSeats(tx, updated, now);
}

/** Sets an event's capacity (see applyCapacity), in its own transaction. */
export async function changeCapacity({
  eventId,
  capacity,
  actor,
  now = new Date(),
}: {
  eventId: string;
  capacity: number;
  actor: BackOfficeActor;
  now?: Date;
}): Promise<{ handedOut: SeatHandedOut[] }> {
  return inTransaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId } });
    if (!event) throw new AppError("RECORD_NOT_FOUND");
    return { handedOut: await applyCapacity(tx, actor, event, capacity, now) };
  });
}
