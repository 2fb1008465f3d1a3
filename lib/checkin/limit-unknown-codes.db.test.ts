import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Limits on for this file only (vitest.config.mts turns them off elsewhere).
vi.hoisted(() => {
  process.env.RATE_LIMITS = "on";
});

import { seedDatabase } from "../../prisma/seed";
import { person } from "../../tests/support/people";
import type { UserActor } from "../audit/actor";
import { db } from "../db/client";
import { isAppError } from "../errors";
import { errorResponse } from "../http/error-response";
import { createRegistrations } from "../registrations/create-registrations";
import { applyDoorOperations } from "./apply-door-operations";
import type { CheckInOperation } from "./schema";

const NOW = new Date("2030-09-12T12:00:00+02:00");
let nancy: { id: string };
let grenoble: { id: string };
let n = 0;

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  nancy = await db.event.findUniqueOrThrow({ where: { slug: "nancy" }, select: { id: true } });
  grenoble = await db.event.findUniqueOrThrow({ where: { slug: "grenoble" }, select: { id: true } });
});
afterAll(async () => {
  process.env.RATE_LIMITS = "off";
});

const organiser = (): UserActor => ({ kind: "USER", userId: `door-${randomUUID()}`, email: "accueil@rencontres.example.fr", role: "ORGANISER", eventIds: null });
const scan = (code: string): CheckInOperation => ({ type: "check-in", operationId: randomUUID(), at: NOW.toISOString(), method: "CODE", code });
/** A well-formed code that no ticket of the test has (the odds of a clash are 1 in 10¹¹). */
const unknownCode = () => Array.from(randomUUID().replace(/-/g, "").slice(0, 8), (digit) => "23456789ABCDEFGH"[parseInt(digit, 16)]).join("");
const tap = (actor: UserActor, code = unknownCode(), eventId = nancy.id) => applyDoorOperations({ actor, eventId, operations: [scan(code)], now: NOW });
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (caught: unknown) => caught);
const bursts = () => db.auditEntry.findMany({ where: { action: "door.unknown-codes.limited" }, orderBy: { createdAt: "asc" } });

async function ticketCode(): Promise<string> {
  const { registrations } = await createRegistrations({ input: person(++n, ["nancy"]), now: new Date("2030-02-01T10:00:00Z") });
  return (await db.registration.findUniqueOrThrow({ where: { id: registrations[0].registrationId } })).ticketCode!;
}

describe("unknown codes at the door", () => {
  it("are refused past 20 in 10 minutes for one user, with a French 429 and Retry-After, one journal entry per burst; then no code is looked up, a hit included, while people are still found by name", async () => {
    const guesser = organiser();
    for (let i = 0; i < 20; i++) expect((await tap(guesser))[0].outcome).toBe("UNKNOWN_TICKET");

    const refused = await refusal(tap(guesser));
    expect(isAppError(refused, "DOOR_CODES_LIMITED")).toBe(true);
    const response = errorResponse(refused);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(500);
    expect((await response.json()).error).toMatch(/^Trop de codes inconnus en peu de temps à l'accueil : réessayez dans quelques minutes \(\d+ minutes\)\.$/);
    expect(isAppError(await refusal(tap(guesser)), "DOOR_CODES_LIMITED")).toBe(true);

    const entries = await bursts();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: guesser.userId, entityType: "User", entityId: guesser.userId, eventId: nancy.id, after: { unknownCodes: 20, minutes: 10 } });
    // The guesses are not kept.
    expect(await db.checkInOperation.count()).toBe(0);

    // Past the limit no code is looked up, so a guess that hits is refused like one that misses;
    // the day's people are still found by name, and another user's door is not held up.
    const code = await ticketCode();
    expect(isAppError(await refusal(tap(guesser, code)), "DOOR_CODES_LIMITED")).toBe(true);
    const { id: registrationId } = await db.registration.findUniqueOrThrow({ where: { ticketCode: code }, select: { id: true } });
    const byName = await applyDoorOperations({ actor: guesser, eventId: nancy.id, operations: [{ type: "check-in", operationId: randomUUID(), at: NOW.toISOString(), method: "SEARCH", registrationId }], now: NOW });
    expect(byName[0].outcome).toBe("CHECKED_IN");
    expect((await bursts())).toHaveLength(1);
    expect((await tap(organiser()))[0].outcome).toBe("UNKNOWN_TICKET");
  });

  it("are refused past 100 in 10 minutes for one event, whoever types them", async () => {
    const before = (await bursts()).length;
    const atGrenoble = (user: UserActor) => tap(user, unknownCode(), grenoble.id);
    for (const user of Array.from({ length: 5 }, organiser)) for (let i = 0; i < 20; i++) expect((await atGrenoble(user))[0].outcome).toBe("UNKNOWN_TICKET");
    expect(isAppError(await refusal(atGrenoble(organiser())), "DOOR_CODES_LIMITED")).toBe(true);
    expect(isAppError(await refusal(atGrenoble(organiser())), "DOOR_CODES_LIMITED")).toBe(true);
    const entries = (await bursts()).slice(before);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entityType: "Event", entityId: grenoble.id, eventId: grenoble.id, after: { unknownCodes: 100 } });
    // Another day's door is not held up.
    expect((await tap(organiser()))[0].outcome).toBe("UNKNOWN_TICKET");
  });
});
