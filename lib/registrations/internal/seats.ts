import "server-only";
import { dialect } from "../../db/client";
import { Prisma } from "../../db/models";
import { TransactionConflict, type Tx } from "../../db/transaction";
import { seatRows } from "../seat-rows";

interface SeatedEvent {
  id: string;
  capacity: number;
}

/** An Event row's places kept for invited people: none once released (reserved-places.ts publicCapacity, in SQL). */
const RESERVED_NOW = Prisma.sql`CASE WHEN "reservedReleasedAt" IS NULL THEN "reservedPlaces" ELSE 0 END`;

/**
 * The highest seat number the public may take: the event's reserved places (the top seats, up to
 * the capacity) are kept for invited people until they are released. Read in the statement itself,
 * so a claim always sees the committed reservation, whatever event row its caller loaded.
 */
function publicTop(event: SeatedEvent): Prisma.Sql {
  return Prisma.sql`(${event.capacity} - (SELECT ${RESERVED_NOW} FROM "Event" WHERE "id" = ${event.id}))`;
}

/**
 * Locks the event's lowest free seats that the public may take, up to `count` (fewer when it is
 * nearly full). On PostgreSQL, rows locked by concurrent claims are skipped rather than waited for,
 * so a rush of registrations proceeds in parallel; SQLite runs one writer at a time and needs no
 * lock. With `unlessWaiting`, seats freed while people wait are left to them: nobody jumps the queue.
 * With `invited`, the reserved seats come first, then (when they are all taken) the public's: an
 * invited person takes a reserved place even when the public ones are gone. Reserved and public
 * places are distinct rows, so the two kinds of claims can never take each other's places.
 */
export async function lockFreeSeats(
  tx: Tx,
  event: SeatedEvent,
  count: number,
  { unlessWaiting = false, invited = false }: { unlessWaiting?: boolean; invited?: boolean } = {},
): Promise<string[]> {
  const nobodyWaiting = Prisma.sql`NOT EXISTS (SELECT 1 FROM "WaitlistEntry" WHERE "eventId" = ${event.id} AND "offerExpiresAt" IS NULL)`;
  const top = publicTop(event);
  const rows = invited
    ? await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Seat" WHERE "eventId" = ${event.id} AND "registrationId" IS NULL AND "number" <= ${event.capacity} ${unlessWaiting ? Prisma.sql`AND ("number" > ${top} OR ${nobodyWaiting})` : Prisma.empty} ORDER BY CASE WHEN "number" > ${top} THEN 0 ELSE 1 END, "number" LIMIT ${count} ${dialect.skipLocked}`
    : await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Seat" WHERE "eventId" = ${event.id} AND "registrationId" IS NULL AND "number" <= ${top} ${unlessWaiting ? Prisma.sql`AND ${nobodyWaiting}` : Prisma.empty} ORDER BY "number" LIMIT ${count} ${dialect.skipLocked}`;
  return rows.map((row) => row.id);
}

/** Locks the event's lowest free reserved seats, up to `count`, skipping those being claimed (none once released). */
export async function lockFreeReservedSeats(tx: Tx, event: SeatedEvent, count: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Seat" WHERE "eventId" = ${event.id} AND "registrationId" IS NULL AND "number" > ${publicTop(event)} AND "number" <= ${event.capacity} ORDER BY "number" LIMIT ${count} ${dialect.skipLocked}`;
  return rows.map((row) => row.id);
}

export async function lockFreeReservedSeat(tx: Tx, event: SeatedEvent): Promise<string | null> {
  return (await lockFreeReservedSeats(tx, event, 1))[0] ?? null;
}

/**
 * Before reserving the seats numbered above `top`: waits for the transactions in flight on any of
 * them to end, then holds them all, free or taken, until the transaction ends. A public claim reads
 * the reserved places as its statement starts, so one that began before a change commits may pick
 * a seat about to be reserved; waiting for it (rather than skipping it) lets the change see that
 * seat taken and move its holder (fit-reserved-seats.ts), and claims that start meanwhile skip the
 * held seats. A cancellation in flight is waited for too, so the seat it frees stays out of the
 * public's reach until the change commits (before, a claim could take it with the old count). Taken
 * before the event row: those waited for may need it to finish.
 */
export async function holdSeatsAbove(tx: Tx, event: SeatedEvent, top: number): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Seat" WHERE "eventId" = ${event.id} AND "number" > ${top} AND "number" <= ${event.capacity} ORDER BY "number" ${dialect.forUpdate}`;
}

export async function lockFreeSeat(tx: Tx, event: SeatedEvent, options: { unlessWaiting?: boolean; invited?: boolean } = {}): Promise<string | null> {
  return (await lockFreeSeats(tx, event, 1, options))[0] ?? null;
}

/**
 * Gives locked seats to registrations, in one statement: [seat id, registration id] pairs.
 *
 * With `publicOnly` (the public's claims), only seats still within their day's public places are
 * written, the reserved count read again as this statement starts. A claim's search read it as
 * its own statement started: one running at the very moment a change of the reserved places
 * commits may have locked a seat just reserved (holdSeatsAbove closes every other way). Then
 * nothing is kept and the claim runs again (TransactionConflict), seeing the new count.
 */
export async function assignSeats(tx: Tx, assignments: [string, string][], { publicOnly = false }: { publicOnly?: boolean } = {}): Promise<void> {
  if (assignments.length === 0) return;
  const cases = Prisma.join(assignments.map(([seatId, registrationId]) => Prisma.sql`WHEN ${seatId} THEN ${registrationId}`), " ");
  const ids = Prisma.join(assignments.map(([seatId]) => seatId));
  const withinPublic = publicOnly
    ? Prisma.sql`AND "number" <= (SELECT "capacity" - ${RESERVED_NOW} FROM "Event" WHERE "Event"."id" = "Seat"."eventId")`
    : Prisma.empty;
  const written = await tx.$executeRaw`UPDATE "Seat" SET "registrationId" = CASE "id" ${cases} END WHERE "id" IN (${ids}) ${withinPublic}`;
  if (written !== assignments.length) throw new TransactionConflict("a seat claimed by the public was reserved meanwhile");
}

/** Claims the lowest free seat of the event the public may take for a registration, if there is one. */
export async function claimFreeSeat(tx: Tx, event: SeatedEvent, registrationId: string): Promise<boolean> {
  const seatId = await lockFreeSeat(tx, event);
  if (seatId) await assignSeats(tx, [[seatId, registrationId]], { publicOnly: true });
  return seatId !== null;
}

/**
 * Gives a registration's seat back. A seat numbered above the capacity (given by an admin over a
 * full day: seat-for.ts) disappears instead, so the day is back to its capacity.
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
