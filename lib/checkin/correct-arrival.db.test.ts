import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../../tests/support/actors";
import { person } from "../../tests/support/people";
import { removeAttendees } from "../../tests/support/reset";
import type { UserActor } from "../audit/actor";
import { db } from "../db/client";
import { isAppError } from "../errors";
import { createRegistrations } from "../registrations/create-registrations";
import { applyDoorOperations } from "./apply-door-operations";
import { arrivalOnDay } from "./check-in-hours";
import { correctArrival } from "./correct-arrival";
import { purgeDoorOperations } from "./purge-door-operations";

const NOW = new Date("2030-09-13T09:00:00+02:00");
const organiser: UserActor = { kind: "USER", userId: "door-organiser", email: "accueil@rencontres.example.fr", role: "ORGANISER", eventIds: null };
let nancy: { id: string; startsAt: Date };
let n = 0;

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  nancy = await db.event.findUniqueOrThrow({ where: { slug: "nancy" }, select: { id: true, startsAt: true } });
});
beforeEach(() => removeAttendees(db));

async function register(slug = "nancy") {
  const { registrations } = await createRegistrations({ input: person(++n, [slug]), now: new Date("2030-02-01T10:00:00Z") });
  return registrations[0].registrationId;
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (caught: unknown) => caught);
const correct = (registrationId: string, time: string, actor: UserActor = testAdmin, reason = "Arrivée par l'entrée des intervenant·es") =>
  correctArrival({ actor, eventId: nancy.id, registrationId, at: arrivalOnDay(nancy, time), reason, now: NOW });

describe("an admin's late or corrected arrival", () => {
  it("records an arrival the door missed, with its reason, in the journal", async () => {
    const registrationId = await register();
    await correct(registrationId, "10:40");

    expect(await db.checkIn.findUniqueOrThrow({ where: { registrationId } })).toMatchObject({
      eventId: nancy.id,
      checkedInAt: new Date("2030-09-12T10:40:00+02:00"),
      method: "CORRECTED",
      correctionReason: "Arrivée par l'entrée des intervenant·es",
      byUserId: testAdmin.userId,
      byLabel: testAdmin.email,
    });
    expect(await db.auditEntry.findFirstOrThrow({ where: { entityId: registrationId, action: "registration.check-in.corrected" } })).toMatchObject({
      actorId: testAdmin.userId,
      eventId: nancy.id,
      before: { checkedInAt: null },
      after: { checkedInAt: "2030-09-12T08:40:00.000Z", method: "CORRECTED", reason: "Arrivée par l'entrée des intervenant·es" },
    });
  });

  it("corrects the door's arrival, keeping what it was in the journal", async () => {
    const registrationId = await register();
    const [tap] = await applyDoorOperations({
      actor: organiser,
      eventId: nancy.id,
      operations: [{ type: "check-in", operationId: randomUUID(), at: "2030-09-12T16:50:00+02:00", method: "SEARCH", registrationId }],
      now: new Date("2030-09-12T16:50:00+02:00"),
    });
    expect(tap.outcome).toBe("CHECKED_IN");
    await correct(registrationId, "09:05", testAdmin, "Scannée en fin de journée par erreur");

    expect(await db.checkIn.findMany({ where: { registrationId } })).toMatchObject([{ checkedInAt: new Date("2030-09-12T09:05:00+02:00"), method: "CORRECTED" }]);
    expect(await db.auditEntry.findFirstOrThrow({ where: { entityId: registrationId, action: "registration.check-in.corrected" } })).toMatchObject({
      before: { checkedInAt: "2030-09-12T14:50:00.000Z", method: "SEARCH", reason: null, by: organiser.email },
      after: { checkedInAt: "2030-09-12T07:05:00.000Z", method: "CORRECTED", reason: "Scannée en fin de journée par erreur" },
    });
  });

  it("only within the day's window, at a time already passed, for a confirmed registration of the day, and only by an admin", async () => {
    const registrationId = await register();
    const expectRefused = async (promise: Promise<unknown>, code: string, field?: string) => {
      const error = await refusal(promise);
      expect(isAppError(error) ? error.code : error).toBe(code);
      if (field && isAppError(error)) expect(error.field).toBe(field);
    };
    await expectRefused(correct(registrationId, "07:29"), "OUTSIDE_CHECK_IN_WINDOW", "heure");
    await expectRefused(correct(registrationId, "17:01"), "OUTSIDE_CHECK_IN_WINDOW", "heure");
    await expectRefused(
      correctArrival({ actor: testAdmin, eventId: nancy.id, registrationId, at: arrivalOnDay(nancy, "10:00"), reason: "Avant l'heure", now: new Date("2030-09-12T09:00:00+02:00") }),
      "ARRIVAL_IN_FUTURE",
      "heure",
    );
    await expectRefused(correct(registrationId, "10:00", organiser), "FORBIDDEN");
    await expectRefused(correctArrival({ actor: testAdmin, eventId: nancy.id, registrationId: await register("rennes"), at: arrivalOnDay(nancy, "10:00"), reason: "Autre journée", now: NOW }), "RECORD_NOT_FOUND");
    expect(await db.checkIn.count()).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "registration.check-in.corrected", entityId: registrationId } })).toBe(0);
  });
});

describe("the door's applied taps", () => {
  it("are forgotten after 30 days by the background job", async () => {
    await db.checkInOperation.deleteMany();
    const old = new Date(NOW.getTime() - 31 * 24 * 3600_000);
    await db.checkInOperation.createMany({ data: [{ id: randomUUID(), eventId: nancy.id, createdAt: old }, { id: "recent", eventId: nancy.id, createdAt: NOW }] });
    expect(await purgeDoorOperations(NOW)).toBe(1);
    expect(await db.checkInOperation.findMany({ select: { id: true } })).toEqual([{ id: "recent" }]);
  });
});
