import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "../../../prisma/seed";
import { testAdmin } from "../../../tests/support/actors";
import { person } from "../../../tests/support/people";
import { removeAttendees } from "../../../tests/support/reset";
import { newcomerActor } from "../../audit/actor";
import { db } from "../../db/client";
import type { Event } from "../../db/models";
import { isAppError } from "../../errors";
import { changeReservedPlaces } from "../change-reserved-places";
import { registerNewcomers } from "./register-newcomers";
import { registerOne } from "./register-one";

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
});
