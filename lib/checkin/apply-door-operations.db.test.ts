import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../../tests/support/actors";
import { person } from "../../tests/support/people";
import { removeAttendees } from "../../tests/support/reset";
import type { UserActor } from "../audit/actor";
import { db } from "../db/client";
import { isAppError } from "../errors";
import { cancelByOrganiser } from "../registrations/cancel-by-organiser";
import { changeCapacity } from "../registrations/change-capacity";
import { createRegistrations } from "../registrations/create-registrations";
import { applyDoorOperations, type DoorResult } from "./apply-door-operations";
import { doorCounts } from "./door-counts";
import { doorRoster } from "./door-roster";
import type { CheckInOperation } from "./schema";
import { displayTicketCode } from "./ticket-code";

const REGISTERED_AT = new Date("2030-02-01T10:00:00Z");
/** The morning of the regional days (12 September 2030, Paris time). */
const NOW = new Date("2030-09-12T12:00:00+02:00");
const door: UserActor = { kind: "USER", userId: "door-organiser", email: "accueil@rencontres.example.fr", role: "ORGANISER", eventIds: null };
let n = 0;
let nancy: { id: string; title: string };
let grenoble: { id: string; title: string };

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  nancy = await db.event.findUniqueOrThrow({ where: { slug: "nancy" }, select: { id: true, title: true } });
  grenoble = await db.event.findUniqueOrThrow({ where: { slug: "grenoble" }, select: { id: true, title: true } });
});
// Removes registrations, and with them their check-ins (cascade): each test starts with nobody in.
beforeEach(() => removeAttendees(db));

/** Registers a new person for an event; returns the registration and its ticket code. */
async function register(slug: string) {
  const result = await createRegistrations({ input: person(++n, [slug]), now: REGISTERED_AT });
  const { registrationId, status } = result.registrations[0];
  const { ticketCode } = await db.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { ticketCode: true } });
  expect(ticketCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
  return { registrationId, status, code: ticketCode!, manageToken: result.manageToken! };
}

const scan = (code: string, at = "2030-09-12T09:30:00+02:00"): CheckInOperation => ({ type: "check-in", operationId: randomUUID(), at, method: "SCAN", code });
const undoOf = (operationId: string): CheckInOperation => ({ type: "undo", operationId: randomUUID(), undoes: operationId });
const apply = (operations: CheckInOperation[], eventId = nancy.id, now = NOW) => applyDoorOperations({ actor: door, eventId, operations, now });
const outcomes = (results: DoorResult[]) => results.map((result) => result.outcome);
const checkInsOf = (registrationId: string) => db.checkIn.findMany({ where: { registrationId } });

describe("applying the door's taps", () => {
  it("checks a person in once when ten doors scan the same code at the same moment", async () => {
    const { registrationId, code } = await register("nancy");
    const operations = Array.from({ length: 10 }, () => scan(code));
    const results = (await Promise.all(operations.map((operation) => apply([operation])))).flat();

    expect(results.map((result) => result.operationId)).toEqual(operations.map((operation) => operation.operationId));
    expect(outcomes(results).filter((outcome) => outcome === "CHECKED_IN")).toHaveLength(1);
    expect(outcomes(results).filter((outcome) => outcome === "ALREADY_CHECKED_IN")).toHaveLength(9);
    const winner = results.find((result) => result.outcome === "CHECKED_IN")!;
    for (const result of results) expect(result.person).toMatchObject({ registrationId, status: "CONFIRMED", ticketCode: code, checkedInAt: "2030-09-12T07:30:00.000Z" });
    expect(winner.person).toMatchObject({ checkedInBy: door.email, checkInOperationId: winner.operationId });

    const rows = await checkInsOf(registrationId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ eventId: nancy.id, method: "SCAN", operationId: winner.operationId, byUserId: door.userId, byLabel: door.email });
    expect(await doorCounts(nancy.id)).toEqual({ present: 1, confirmed: 1 });
    // Every tap was recorded as applied, whatever its outcome.
    expect(await db.checkInOperation.count({ where: { id: { in: operations.map((operation) => operation.operationId) } } })).toBe(10);
    expect(await db.auditEntry.count({ where: { entityId: registrationId, action: "registration.checked-in" } })).toBe(1);
  });

  it("applies a batch sent twice, even at the same time, once", async () => {
    const [first, second] = [await register("nancy"), await register("nancy")];
    const batch = [scan(first.code), scan(displayTicketCode(second.code).toLowerCase())];
    const [one, other] = await Promise.all([apply(batch), apply(batch)]);

    for (const index of [0, 1]) {
      expect([one[index].outcome, other[index].outcome].sort()).toEqual(["ALREADY_APPLIED", "CHECKED_IN"]);
    }
    const again = await apply(batch);
    expect(outcomes(again)).toEqual(["ALREADY_APPLIED", "ALREADY_APPLIED"]);
    expect(again.map((result) => result.operationId)).toEqual(batch.map((operation) => operation.operationId));
    expect(await doorCounts(nancy.id)).toEqual({ present: 2, confirmed: 2 });
    expect(await checkInsOf(first.registrationId)).toHaveLength(1);
    expect(await checkInsOf(second.registrationId)).toHaveLength(1);
    expect(await db.auditEntry.count({ where: { entityId: { in: [first.registrationId, second.registrationId] }, action: "registration.checked-in" } })).toBe(2);
  });

  it("keeps the earliest time when two doors let the same person in offline", async () => {
    const { registrationId, code } = await register("nancy");
    const later = scan(code, "2030-09-12T10:05:00+02:00");
    const earlier = scan(code, "2030-09-12T10:01:00+02:00");
    expect(outcomes(await apply([later]))).toEqual(["CHECKED_IN"]);
    const [result] = await apply([earlier]);

    expect(result.outcome).toBe("ALREADY_CHECKED_IN");
    expect(result.person?.checkedInAt).toBe("2030-09-12T08:01:00.000Z");
    const rows = await checkInsOf(registrationId);
    expect(rows).toHaveLength(1);
    expect(rows[0].checkedInAt).toEqual(new Date("2030-09-12T10:01:00+02:00"));
    // A later tap does not move the time forward again.
    const [latest] = await apply([scan(code, "2030-09-12T11:00:00+02:00")]);
    expect(latest.outcome).toBe("ALREADY_CHECKED_IN");
    expect(latest.person?.checkedInAt).toBe("2030-09-12T08:01:00.000Z");
    expect((await checkInsOf(registrationId))[0].checkedInAt).toEqual(new Date("2030-09-12T10:01:00+02:00"));
  });

  it("refuses people who are not confirmed, unknown codes and another day's tickets", async () => {
    const bordeaux = await db.event.findUniqueOrThrow({ where: { slug: "bordeaux" } });
    await changeCapacity({ eventId: bordeaux.id, capacity: 2, actor: testAdmin, now: REGISTERED_AT });
    const [confirmed, cancelled, offered, waiting] = [await register("bordeaux"), await register("bordeaux"), await register("bordeaux"), await register("bordeaux")];
    expect([confirmed.status, cancelled.status, offered.status, waiting.status]).toEqual(["CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED"]);
    // Cancelling the second one offers its place to the first person waiting.
    await cancelByOrganiser({ actor: testAdmin, eventId: bordeaux.id, registrationId: cancelled.registrationId, now: REGISTERED_AT });
    const other = await register("grenoble");

    const results = await apply([scan(cancelled.code), scan(offered.code), scan(waiting.code), scan("7KQ4-XM2P"), scan("not a code"), scan(other.code)], bordeaux.id);
    expect(outcomes(results)).toEqual(["NOT_CONFIRMED", "NOT_CONFIRMED", "NOT_CONFIRMED", "UNKNOWN_TICKET", "UNKNOWN_TICKET", "UNKNOWN_TICKET"]);
    expect(results.slice(0, 3).map((result) => [result.person?.registrationId, result.person?.status])).toEqual([
      [cancelled.registrationId, "CANCELLED"],
      [offered.registrationId, "OFFERED"],
      [waiting.registrationId, "WAITLISTED"],
    ]);
    expect(results[3]).toEqual({ operationId: expect.any(String), outcome: "UNKNOWN_TICKET", person: null });
    expect(results[4]).toEqual({ operationId: expect.any(String), outcome: "UNKNOWN_TICKET", person: null });
    // This door's organiser reaches every day: the other day is named.
    expect(results[5]).toMatchObject({ outcome: "UNKNOWN_TICKET", person: null, anotherDay: true, otherEvent: grenoble.title });
    expect(await db.checkIn.count()).toBe(0);
    expect(await doorCounts(bordeaux.id)).toEqual({ present: 0, confirmed: 1 });
    // An unknown code changes nothing: no trace of the guess is kept.
    expect(await db.checkInOperation.count({ where: { id: { in: results.slice(3).map((result) => result.operationId) } } })).toBe(0);
  });

  it("never names another day to an organiser who does not organise it", async () => {
    const other = await register("grenoble");
    const only = (eventIds: string[]): UserActor => ({ ...door, userId: `door-${eventIds.length}`, eventIds });
    const [alone] = await applyDoorOperations({ actor: only([nancy.id]), eventId: nancy.id, operations: [scan(other.code)], now: NOW });
    expect(alone).toEqual({ operationId: expect.any(String), outcome: "UNKNOWN_TICKET", person: null, anotherDay: true });
    expect(JSON.stringify(alone)).not.toContain("Grenoble");
    const [both] = await applyDoorOperations({ actor: only([nancy.id, grenoble.id]), eventId: nancy.id, operations: [scan(other.code)], now: NOW });
    expect(both).toMatchObject({ outcome: "UNKNOWN_TICKET", person: null, anotherDay: true, otherEvent: grenoble.title });
  });

  it("takes a tap only within the day's check-in window, from two hours before its start to its end", async () => {
    const [early, late, opening, closing] = [await register("nancy"), await register("nancy"), await register("nancy"), await register("nancy")];
    const evening = new Date("2030-09-12T18:00:00+02:00");
    const results = await apply(
      [scan(early.code, "2030-09-12T07:29:00+02:00"), scan(late.code, "2030-09-12T17:01:00+02:00"), scan(opening.code, "2030-09-12T07:30:00+02:00"), scan(closing.code, "2030-09-12T17:00:00+02:00")],
      nancy.id,
      evening,
    );
    expect(outcomes(results)).toEqual(["OUTSIDE_WINDOW", "OUTSIDE_WINDOW", "CHECKED_IN", "CHECKED_IN"]);
    expect(results[0]).toEqual({ operationId: expect.any(String), outcome: "OUTSIDE_WINDOW", person: null });
    expect(await checkInsOf(early.registrationId)).toHaveLength(0);
    expect(await checkInsOf(late.registrationId)).toHaveLength(0);
    expect(await db.checkInOperation.count({ where: { id: { in: [results[0].operationId, results[1].operationId] } } })).toBe(0);

    // A tap made today for a day years ahead (its time is never in the future): refused.
    const [ahead] = await apply([scan(early.code, "2026-12-01T10:00:00+01:00")], nancy.id, new Date("2026-12-01T10:00:00+01:00"));
    expect(ahead.outcome).toBe("OUTSIDE_WINDOW");
    expect(await checkInsOf(early.registrationId)).toHaveLength(0);
    expect(await doorCounts(nancy.id)).toEqual({ present: 2, confirmed: 4 });
  });

  it("never finds another event's tap by its id: a Rennes tap replayed at the Nancy door answers nothing of it", async () => {
    const rennes = await db.event.findUniqueOrThrow({ where: { slug: "rennes" }, select: { id: true } });
    const [there, here] = [await register("rennes"), await register("nancy")];
    const tap = scan(there.code);
    expect(outcomes(await apply([tap], rennes.id))).toEqual(["CHECKED_IN"]);

    const replays = [tap, { ...scan(here.code), operationId: tap.operationId }];
    for (const replay of replays) {
      const error = await apply([replay]).then(() => null, (caught: unknown) => caught);
      expect(isAppError(error, "OPERATION_ID_TAKEN")).toBe(true);
      expect(JSON.stringify(error)).not.toContain(there.registrationId);
    }
    expect(await checkInsOf(here.registrationId)).toHaveLength(0);
    expect(await checkInsOf(there.registrationId)).toMatchObject([{ eventId: rennes.id, operationId: tap.operationId }]);
  });

  it("undoes a check-in, once", async () => {
    const { registrationId, code } = await register("nancy");
    const checkIn = scan(code);
    const [checked] = await apply([checkIn]);
    expect(checked.outcome).toBe("CHECKED_IN");
    expect(checked.person?.checkInOperationId).toBe(checkIn.operationId);

    const [undone] = await apply([undoOf(checked.person!.checkInOperationId!)]);
    expect(undone).toMatchObject({ outcome: "UNDONE", person: { registrationId, checkedInAt: null, checkedInBy: null, checkInOperationId: null } });
    expect(await checkInsOf(registrationId)).toHaveLength(0);
    expect(await doorCounts(nancy.id)).toEqual({ present: 0, confirmed: 1 });
    const audit = await db.auditEntry.findMany({ where: { entityId: registrationId, action: { startsWith: "registration.check" } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action).sort()).toEqual(["registration.check-in.undone", "registration.checked-in"]);
    expect(audit.find((entry) => entry.action === "registration.check-in.undone")).toMatchObject({
      actorId: door.userId,
      actorLabel: door.email,
      eventId: nancy.id,
      before: { checkedInAt: "2030-09-12T07:30:00.000Z" },
    });
    expect(audit.find((entry) => entry.action === "registration.checked-in")).toMatchObject({ after: { checkedInAt: "2030-09-12T07:30:00.000Z", method: "SCAN" } });

    const [twice] = await apply([undoOf(checkIn.operationId)]);
    expect(twice.outcome).toBe("NOTHING_TO_UNDO");
    expect(await db.auditEntry.count({ where: { entityId: registrationId, action: "registration.check-in.undone" } })).toBe(1);
    // The person can be checked in again afterwards.
    expect(outcomes(await apply([scan(code)]))).toEqual(["CHECKED_IN"]);
    expect(await checkInsOf(registrationId)).toHaveLength(1);
  });

  it("does not undo another door's check-in, nor one of another event", async () => {
    const { registrationId, code } = await register("nancy");
    const first = scan(code, "2030-09-12T09:00:00+02:00");
    const second = scan(code, "2030-09-12T09:10:00+02:00");
    expect(outcomes(await apply([first, second]))).toEqual(["CHECKED_IN", "ALREADY_CHECKED_IN"]);
    // The second door undoes its own tap: it made no check-in, so the first one stays.
    expect(outcomes(await apply([undoOf(second.operationId)]))).toEqual(["NOTHING_TO_UNDO"]);
    expect(outcomes(await apply([undoOf(first.operationId)], grenoble.id))).toEqual(["NOTHING_TO_UNDO"]);
    expect(outcomes(await apply([undoOf(randomUUID())]))).toEqual(["NOTHING_TO_UNDO"]);
    expect(await checkInsOf(registrationId)).toMatchObject([{ operationId: first.operationId }]);
  });

  it("keeps the earliest time when several doors send earlier taps at the same moment", async () => {
    const { registrationId, code } = await register("nancy");
    expect(outcomes(await apply([scan(code, "2030-09-12T10:30:00+02:00")]))).toEqual(["CHECKED_IN"]);
    const earlier = Array.from({ length: 9 }, (_, i) => scan(code, `2030-09-12T10:0${i + 1}:00+02:00`));
    const results = (await Promise.all(earlier.map((operation) => apply([operation])))).flat();

    expect(outcomes(results).every((outcome) => outcome === "ALREADY_CHECKED_IN")).toBe(true);
    expect(await checkInsOf(registrationId)).toMatchObject([{ checkedInAt: new Date("2030-09-12T10:01:00+02:00") }]);
  });

  it("undoes a tap once when two doors undo it at the same moment", async () => {
    const { registrationId, code } = await register("nancy");
    const checkIn = scan(code);
    expect(outcomes(await apply([checkIn]))).toEqual(["CHECKED_IN"]);
    const results = (await Promise.all(Array.from({ length: 5 }, () => apply([undoOf(checkIn.operationId)])))).flat();

    expect(outcomes(results).sort()).toEqual(["NOTHING_TO_UNDO", "NOTHING_TO_UNDO", "NOTHING_TO_UNDO", "NOTHING_TO_UNDO", "UNDONE"]);
    expect(await checkInsOf(registrationId)).toHaveLength(0);
    expect(await db.auditEntry.count({ where: { entityId: registrationId, action: "registration.check-in.undone" } })).toBe(1);
  });

  it("never takes a time in the future, nor more than two days back (then outside the day's window)", async () => {
    const [future, old] = [await register("nancy"), await register("nancy")];
    const results = await apply([scan(future.code, "2030-09-12T18:00:00+02:00"), scan(old.code, "2030-09-01T09:00:00+02:00")]);
    expect(outcomes(results)).toEqual(["CHECKED_IN", "OUTSIDE_WINDOW"]);
    expect(results[0].person?.checkedInAt).toBe(NOW.toISOString());
    expect((await checkInsOf(future.registrationId))[0].checkedInAt).toEqual(NOW);
    expect(await checkInsOf(old.registrationId)).toHaveLength(0);
  });

  it("checks in a person found by name, and only on their own event", async () => {
    const here = await register("nancy");
    const elsewhere = await register("grenoble");
    const search = (registrationId: string): CheckInOperation => ({ type: "check-in", operationId: randomUUID(), at: "2030-09-12T09:45:00+02:00", method: "SEARCH", registrationId });

    const results = await apply([search(here.registrationId), search(elsewhere.registrationId), search("no-such-registration")]);
    expect(outcomes(results)).toEqual(["CHECKED_IN", "UNKNOWN_TICKET", "UNKNOWN_TICKET"]);
    expect(results[0].person).toMatchObject({ registrationId: here.registrationId, checkedInAt: "2030-09-12T07:45:00.000Z" });
    expect(results[1].person).toBeNull();
    expect(await checkInsOf(here.registrationId)).toMatchObject([{ method: "SEARCH" }]);
    expect(await checkInsOf(elsewhere.registrationId)).toHaveLength(0);
    expect(await doorCounts(grenoble.id)).toEqual({ present: 0, confirmed: 1 });
  });

  it("gives the door its roster: everyone by name, with the counts", async () => {
    const people = [await register("nancy"), await register("nancy"), await register("nancy")];
    await cancelByOrganiser({ actor: testAdmin, eventId: nancy.id, registrationId: people[2].registrationId, now: REGISTERED_AT });
    await apply([scan(people[1].code)]);

    const roster = await doorRoster(nancy.id);
    expect(roster.counts).toEqual({ present: 1, confirmed: 2 });
    expect(roster.people.map((entry) => entry.registrationId).sort()).toEqual(people.map((entry) => entry.registrationId).sort());
    const names = roster.people.map((entry) => entry.lastName);
    expect(names).toEqual([...names].sort());
    expect(roster.people.find((entry) => entry.registrationId === people[1].registrationId)).toMatchObject({ ticketCode: people[1].code, checkedInBy: door.email });
    expect(roster.people.find((entry) => entry.registrationId === people[2].registrationId)).toMatchObject({ status: "CANCELLED", checkedInAt: null });
  });
});
