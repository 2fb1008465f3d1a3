import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "../../../prisma/seed";
import { testAdmin } from "../../../tests/support/actors";
import { person } from "../../../tests/support/people";
import { removeAttendees } from "../../../tests/support/reset";
import { newcomerActor } from "../../audit/actor";
import { db, dialect } from "../../db/client";
import { inTransaction } from "../../db/transaction";
import type { Event } from "../../db/models";
import { isAppError } from "../../errors";
import { changeReservedPlaces } from "../change-reserved-places";
import { registerNewcomers } from "./register-newcomers";
import { registerOne } from "./register-one";
import { assignSeats, lockFreeSeat, releaseSeat } from "./seats";
import { toCancelled } from "./status-changes";

const NOW = new Date("2030-02-01T10:00:00Z");
const SLUG = "rennes";
let event: Event;
let n = 0;

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  event = await db.event.update({ where: { slug: SLUG }, data: { capacity: 100, reservedPlaces: 0, reservedReleaseAt: null, reservedReleasedAt: null } });
});
beforeEach(async () => {
  await removeAttendees(db);
  await db.event.update({ where: { id: event.id }, data: { reservedPlaces: 0, reservedReleaseAt: null, reservedReleasedAt: null } });
});

const actor = newcomerActor();
/** One public claim in a transaction of its own, as several app instances would write them (the queue runs one group at a time per process). */
const claimOne = () => registerOne({ input: person(++n, [SLUG]), events: [event], answers: [], now: NOW, actor }).then(() => "claim");
/** Ten at once, as one instance's group. */
const claimGroup = () => registerNewcomers(Array.from({ length: 10 }, () => ({ input: person(++n, [SLUG]), events: [event], answers: [], now: NOW, actor }))).then(() => "claims");
const change = (reservedPlaces: number) =>
  changeReservedPlaces({ actor: testAdmin, eventId: event.id, reservedPlaces, reservedReleaseAt: null, now: NOW }).then(
    () => `reserved ${reservedPlaces}`,
    (error: unknown) => (isAppError(error, "RESERVED_PLACES_HELD") ? "held" : Promise.reject(error)),
  );

describe("reserved places changed amid concurrent public claims", () => {
  it("are never taken by the public, and the capacity stays exact", async () => {
    for (let round = 0; round < 2; round++) {
      await removeAttendees(db);
      await db.event.update({ where: { id: event.id }, data: { reservedPlaces: 0 } });
      await Promise.all(Array.from({ length: 20 }, claimOne));
      // 130 more claims by 70 transactions, the reserved places set then lowered in their midst.
      const outcomes = await Promise.all(
        Array.from({ length: 72 }, (_, k) => (k === 20 ? change(20) : k === 50 ? change(15) : k % 6 === 0 ? claimGroup() : claimOne())),
      );
      const reservedPlaces = (await db.event.findUniqueOrThrow({ where: { id: event.id } })).reservedPlaces;
      expect([0, 15, 20]).toContain(reservedPlaces);
      const seats = await db.seat.findMany({ where: { eventId: event.id }, include: { registration: { select: { status: true, guestRole: true } } } });
      const held = seats.filter((seat) => seat.registration);
      expect(seats).toHaveLength(100);
      expect(held.filter((seat) => seat.number > 100 - reservedPlaces)).toEqual([]);
      expect(held).toHaveLength(100 - reservedPlaces);
      expect(await db.registration.count({ where: { eventId: event.id, status: { in: ["CONFIRMED", "OFFERED"] } } })).toBe(held.length);
      expect(outcomes.filter((outcome) => outcome.startsWith("reserved")).length + outcomes.filter((outcome) => outcome === "held").length).toBe(2);
    }
  });

  it("on PostgreSQL, hold the seats being reserved, taken ones too, and never move a registration being cancelled", async () => {
    if (dialect.provider !== "postgresql") return; // SQLite runs one writer at a time: nothing interleaves
    for (let k = 0; k < 10; k++) await claimGroup();
    const seatOf = (number: number) => db.seat.findFirstOrThrow({ where: { eventId: event.id, number } });
    // Seat 98 freed earlier (nobody waiting); seat 100, about to be reserved, is the public's.
    await inTransaction((tx) => seatOf(98).then((seat) => toCancelled(tx, testAdmin, seat.registrationId!, "ORGANISER", NOW)));
    const leaving = (await seatOf(100)).registrationId!;
    const waitingForLocks = async () =>
      (await db.$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)[0].n;

    // The event row held elsewhere (as the change takes it, but letting rows that refer to the day
    // be written), so that the change stops after holding the seats it reserves.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const holder = inTransaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Event" WHERE "id" = ${event.id} FOR NO KEY UPDATE`;
      held();
      await gate;
    });
    await holding;
    const changed = change(1);
    await vi.waitFor(async () => expect(await waitingForLocks()).toBe(1), { timeout: 10_000, interval: 20 });
    // A cancellation of seat 100's holder, freeing the seat before writing anything that refers to
    // the day: the seat, taken but held by the change, makes it wait. The change must not move that
    // registration onto seat 98 meanwhile and leave the seat to a cancelled registration.
    const cancelled = inTransaction(async (tx) => {
      await tx.registration.update({ where: { id: leaving }, data: { status: "CANCELLED", cancellationReason: "ATTENDEE", cancelledAt: NOW, activeDay: null } });
      await releaseSeat(tx, event, leaving);
    });
    await vi.waitFor(async () => expect(await waitingForLocks()).toBe(2), { timeout: 10_000, interval: 20 });
    open();
    await holder;
    // Moving the registration waits for the cancellation (the seat's reference to it), which waits
    // for the change: the database ends one of the two, which runs again (transaction-on.ts).
    expect(await changed).toBe("reserved 1");
    await cancelled;

    expect(await db.registration.findUniqueOrThrow({ where: { id: leaving } })).toMatchObject({ status: "CANCELLED" });
    const seats = await db.seat.findMany({ where: { eventId: event.id }, include: { registration: { select: { status: true } } } });
    expect(seats.filter((seat) => seat.registration && seat.registration.status === "CANCELLED")).toEqual([]);
    expect(seats.filter((seat) => seat.registrationId === null).map((seat) => seat.number).sort((a, b) => a - b)).toEqual([98, 100]);
  });

  it("on PostgreSQL, run a public claim again when its seat was reserved between its search and its write", async () => {
    if (dialect.provider !== "postgresql") return; // SQLite runs one writer at a time: nothing interleaves
    for (let k = 0; k < 10; k++) await claimGroup();
    // Seat 100, the last one, free again; its former holder claims it anew.
    const { registrationId: claimant } = await db.seat.findFirstOrThrow({ where: { eventId: event.id, number: 100 } });
    await db.seat.updateMany({ where: { eventId: event.id, number: 100 }, data: { registrationId: null } });

    const attempts: (string | null)[] = [];
    const claimed = await inTransaction(async (tx, attempt) => {
      const seatId = await lockFreeSeat(tx, event);
      attempts.push(seatId);
      // What a claim statement running as a change commits sees: the former count. The change
      // (here, committed by another connection) reserves seat 100 before the claim writes.
      if (attempt === 1) await db.event.update({ where: { id: event.id }, data: { reservedPlaces: 1 } });
      if (seatId) await assignSeats(tx, [[seatId, claimant!]], { publicOnly: true });
      return seatId;
    });
    const seat100 = (await db.seat.findFirstOrThrow({ where: { eventId: event.id, number: 100 } })).id;
    expect(attempts).toEqual([seat100, null]);
    expect(claimed).toBeNull();
    expect(await db.seat.findFirstOrThrow({ where: { eventId: event.id, number: 100 } })).toMatchObject({ registrationId: null });
  });
});
