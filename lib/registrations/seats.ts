import "server-only";
import { dbProvider } from "../db";
import type { Tx } from "./transaction";
import { seatRows } from "./seat-rows";

interface SeatedEvent {
  id: string;
  capacity: number;
}

/**
 * Claims the lowest free seat of the event for a registration. On PostgreSQL, rows locked by
 * concurrent claims are skipped rather than waited for, so a rush of registrations proceeds in
 * parallel; SQLite runs one writer at a time and needs no lock.
 */
export async function claimFreeSeat(tx: Tx, event: SeatedEvent, registrationId: string): Promise<boolean> {
  const rows =
    dbProvider === "postgresql"
      ? await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Seat" WHERE "eventId" = ${event.id} AND "registrationId" IS NULL AND "number" <= ${event.capacity} ORDER BY "number" LIMIT 1 FOR UPDATE SKIP LOCKED`
      : await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Seat" WHERE "eventId" = ${event.id} AND "registrationId" IS NULL AND "number" <= ${event.capacity} ORDER BY "number" LIMIT 1`;
  const seat = rows[0];
  if (!seat) return false;
  await tx.seat.update({ where: { id: seat.id }, data: { registrationId } });
  return true;
}

/**
 * Gives a registration's seat back. A seat numbered above a lowered capacity disappears instead,
 * so lowering a capacity below the confirmed count only stops new confirmations.
 */
export async function releaseSeat(tx: Tx, event: SeatedEvent, registrationId: string): Promise<void> {
  const seat = await tx.seat.findUnique({ where: { registrationId } });
  if (!seat) return;
  if (seat.number > event.capacity) await tx.seat.delete({ where: { id: seat.id } });
  else await tx.seat.update({ where: { id: seat.id }, data: { registrationId: null } });
}

/** Makes the event's seat rows match its capacity: adds the missing ones, removes free ones above it. */
export async function syncSeats(tx: Tx, event: SeatedEvent): Promise<void> {
  const highest = await tx.seat.aggregate({ where: { eventId: event.id }, _max: { number: true } });
  const from = (highest._max.number ?? 0) + 1;
  if (from <= event.capacity) await tx.seat.createMany({ data: seatRows(event.id, from, event.capacity) });
  await tx.seat.deleteMany({ where: { eventId: event.id, number: { gt: event.capacity }, registrationId: null } });
}
