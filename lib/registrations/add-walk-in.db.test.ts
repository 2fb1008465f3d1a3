import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../../tests/support/actors";
import { person } from "../../tests/support/people";
import { removeAttendees } from "../../tests/support/reset";
import type { UserActor } from "../auth/actor";
import { doorCounts } from "../checkin/door-counts";
import { doorEvent } from "../checkin/door-roster";
import { db } from "../db/client";
import { AppError } from "../errors";
import { addWalkIn } from "./add-walk-in";
import { cancelByOrganiser } from "./cancel-by-organiser";
import { changeCapacity } from "./change-capacity";
import { createRegistrations } from "./create-registrations";
import { walkInSchema, type WalkInInput } from "./schema";

const REGISTERED_AT = new Date("2030-02-01T10:00:00Z");
const NOW = new Date("2030-09-12T10:15:00+02:00");
const organiser: UserActor = { kind: "USER", userId: "door-organiser", email: "accueil@rencontres.example.fr", role: "ORGANISER", eventIds: null };
let n = 0;

beforeAll(() => seedDatabase(db, { year: 2030 }));
beforeEach(() => removeAttendees(db));
afterAll(() => db.$disconnect());

/** A walk-in as the door's form sends it, validated as the route does. */
function walkIn(number: number, overrides: Partial<Record<keyof WalkInInput, unknown>> = {}): WalkInInput {
  return walkInSchema.parse({
    email: `sur-place${number}@collectivite.example.fr`,
    firstName: "Lina",
    lastName: "Moreau",
    organisation: "Communauté de communes du Val",
    organisationType: "INTERCOMMUNALITE",
    jobTitle: "Chargée de mission ESS",
    role: "AGENT",
    consent: true,
    operationId: randomUUID(),
    ...overrides,
  });
}

/** An event as the route gives it to addWalkIn, at the capacity the test needs. */
async function eventAt(slug: string, capacity?: number) {
  const event = await doorEvent(slug);
  if (capacity !== undefined) await changeCapacity({ eventId: event.id, capacity, actor: testAdmin, now: REGISTERED_AT });
  return doorEvent(slug);
}

async function fill(slug: string, count: number) {
  for (let i = 0; i < count; i++) await createRegistrations({ input: person(++n, [slug]), now: REGISTERED_AT });
}

async function expectAppError(promise: Promise<unknown>, code: string, detail?: string) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (detail !== undefined) expect((error as AppError).detail).toBe(detail);
}

describe("registering a person at the door", () => {
  it("registers a newcomer on a free place and lets them in, with a confirmation email and a journal entry", async () => {
    const event = await eventAt("nancy");
    const input = walkIn(++n);
    const walked = await addWalkIn({ actor: organiser, event, input, now: NOW });

    expect(walked).toMatchObject({
      firstName: "Lina",
      lastName: "Moreau",
      organisation: "Communauté de communes du Val",
      status: "CONFIRMED",
      checkedInAt: NOW.toISOString(),
      checkedInBy: organiser.email,
      checkInOperationId: input.operationId,
    });
    expect(walked.ticketCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    const registration = await db.registration.findUniqueOrThrow({ where: { id: walked.registrationId }, include: { attendee: true, seat: true, checkIn: true } });
    expect(registration).toMatchObject({ eventId: event.id, status: "CONFIRMED", confirmedAt: NOW, activeDay: "2030-09-12" });
    expect(registration.attendee).toMatchObject({ email: input.email, jobTitle: "Chargée de mission ESS", role: "AGENT", consentedAt: NOW });
    expect(registration.seat?.number).toBeLessThanOrEqual(event.capacity);
    expect(registration.checkIn).toMatchObject({ method: "WALK_IN", checkedInAt: NOW, operationId: input.operationId, byUserId: organiser.userId });
    expect(await db.outboxEmail.findMany({ where: { registrationId: walked.registrationId } })).toMatchObject([{ kind: "REGISTRATION_CONFIRMED", attendeeId: registration.attendeeId }]);
    const walkInAudit = await db.auditEntry.findFirstOrThrow({ where: { entityId: walked.registrationId, action: "registration.walk-in" } });
    expect(walkInAudit).toMatchObject({ actorId: organiser.userId, eventId: event.id, after: { status: "CONFIRMED" } });
    expect(walkInAudit.after).not.toHaveProperty("overCapacity");
    expect(await db.auditEntry.count({ where: { entityId: walked.registrationId, action: "registration.checked-in" } })).toBe(1);
    expect(await doorCounts(event.id)).toEqual({ present: 1, confirmed: 1 });
  });

  it("lets an admin who gives a reason go beyond a full day's capacity", async () => {
    const event = await eventAt("grenoble", 2);
    await fill("grenoble", 2);
    await expectAppError(addWalkIn({ actor: testAdmin, event, input: walkIn(++n), now: NOW }), "NO_FREE_SEAT");

    const walked = await addWalkIn({ actor: testAdmin, event, input: walkIn(++n, { overCapacityReason: "Élue de la ville hôte" }), now: NOW });
    expect(walked).toMatchObject({ status: "CONFIRMED", checkedInAt: NOW.toISOString() });
    expect((await db.seat.findUniqueOrThrow({ where: { registrationId: walked.registrationId } })).number).toBe(3);
    expect(await db.seat.count({ where: { eventId: event.id, registrationId: { not: null } } })).toBe(3);
    expect(await db.auditEntry.findFirst({ where: { entityId: walked.registrationId, action: "registration.walk-in" } })).toMatchObject({
      actorId: testAdmin.userId,
      after: { status: "CONFIRMED", overCapacity: true, reason: "Élue de la ville hôte" },
    });
    expect(await doorCounts(event.id)).toEqual({ present: 1, confirmed: 3 });
  });

  it("refuses an organiser on a full day, even with a reason, and writes nothing", async () => {
    const event = await eventAt("bordeaux", 2);
    await fill("bordeaux", 2);
    const before = { attendees: await db.attendee.count(), registrations: await db.registration.count(), emails: await db.outboxEmail.count(), audit: await db.auditEntry.count() };
    const input = walkIn(++n, { overCapacityReason: "Intervenant" });

    await expectAppError(addWalkIn({ actor: organiser, event, input, now: NOW }), "NO_FREE_SEAT");
    expect(await db.attendee.findUnique({ where: { email: input.email } })).toBeNull();
    expect({ attendees: await db.attendee.count(), registrations: await db.registration.count(), emails: await db.outboxEmail.count(), audit: await db.auditEntry.count() }).toEqual(before);
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.seat.count({ where: { eventId: event.id } })).toBe(2);
  });

  it("keeps a known person's details", async () => {
    const event = await eventAt("nancy");
    const known = person(++n, ["journee-nationale"]);
    await createRegistrations({ input: known, now: REGISTERED_AT });
    const walked = await addWalkIn({ actor: organiser, event, input: walkIn(n, { email: known.email, firstName: "Autre", lastName: "Nom" }), now: NOW });

    expect(walked).toMatchObject({ firstName: known.firstName, lastName: known.lastName, organisation: known.organisation, status: "CONFIRMED" });
    const attendee = await db.attendee.findUniqueOrThrow({ where: { email: known.email }, include: { registrations: true } });
    expect(attendee).toMatchObject({ firstName: known.firstName, lastName: known.lastName, jobTitle: known.jobTitle, role: known.role });
    expect(attendee.registrations).toHaveLength(2);
  });

  it("refuses a person already registered for the day, or for another event that day", async () => {
    const event = await eventAt("nancy");
    const here = person(++n, ["nancy"]);
    await createRegistrations({ input: here, now: REGISTERED_AT });
    await expectAppError(addWalkIn({ actor: organiser, event, input: walkIn(n, { email: here.email }), now: NOW }), "ALREADY_REGISTERED", event.title);

    const sameDay = person(++n, ["grenoble"]);
    await createRegistrations({ input: sameDay, now: REGISTERED_AT });
    await expectAppError(addWalkIn({ actor: organiser, event, input: walkIn(n, { email: sameDay.email }), now: NOW }), "ONE_EVENT_PER_DAY", "déjà inscrit·e : Journée régionale de Grenoble");

    const walked = await addWalkIn({ actor: organiser, event, input: walkIn(++n), now: NOW });
    await expectAppError(addWalkIn({ actor: organiser, event, input: walkIn(n), now: NOW }), "ALREADY_REGISTERED");
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(1);
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(2);
    expect(await db.outboxEmail.count({ where: { registrationId: walked.registrationId } })).toBe(1);
  });

  it("takes up a cancelled registration of the day again", async () => {
    const event = await eventAt("rennes");
    const input = person(++n, ["rennes"]);
    const { registrations } = await createRegistrations({ input, now: REGISTERED_AT });
    const { registrationId } = registrations[0];
    const { ticketCode } = await db.registration.findUniqueOrThrow({ where: { id: registrationId } });
    await cancelByOrganiser({ actor: organiser, eventId: event.id, registrationId, now: REGISTERED_AT });

    const walked = await addWalkIn({ actor: organiser, event, input: walkIn(n, { email: input.email }), now: NOW });
    expect(walked).toMatchObject({ registrationId, status: "CONFIRMED", ticketCode, checkedInAt: NOW.toISOString() });
    expect(await db.registration.findUniqueOrThrow({ where: { id: registrationId } })).toMatchObject({ status: "CONFIRMED", cancelledAt: null, cancellationReason: null });
    expect(await db.seat.count({ where: { registrationId } })).toBe(1);
    expect(await db.checkIn.findMany({ where: { registrationId } })).toMatchObject([{ method: "WALK_IN" }]);
  });
});
