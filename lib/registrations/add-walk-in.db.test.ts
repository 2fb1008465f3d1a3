import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../../tests/support/actors";
import { person } from "../../tests/support/people";
import { lastJoinToken } from "../../tests/support/register";
import { removeAttendees } from "../../tests/support/reset";
import type { UserActor } from "../audit/actor";
import { doorCounts } from "../checkin/door-counts";
import { doorEvent, doorRoster } from "../checkin/door-roster";
import { db } from "../db/client";
import { isAppError } from "../errors";
import { composeEmail } from "../mail/compose-email";
import { addWalkIn, type WalkInResult } from "./add-walk-in";
import { cancelByOrganiser } from "./cancel-by-organiser";
import { changeCapacity } from "./change-capacity";
import { createRegistrations } from "./create-registrations";
import { addDaysByLink } from "./join-link";
import { walkInSchema, type WalkInInput } from "./schema";

const REGISTERED_AT = new Date("2030-02-01T10:00:00Z");
const NOW = new Date("2030-09-12T10:15:00+02:00");
/** An organiser of the Nancy day only (the domain receives the actor the session gave). */
let organiser: UserActor;
let n = 0;

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  const nancy = await doorEvent("nancy");
  organiser = { kind: "USER", userId: "door-organiser", email: "accueil@rencontres.example.fr", role: "ORGANISER", eventIds: [nancy.id] };
});
beforeEach(() => removeAttendees(db));

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
  expect(isAppError(error) ? error.code : error).toBe(code);
  if (detail !== undefined && isAppError(error)) expect(error.detail).toBe(detail);
}

function registered(result: WalkInResult) {
  if (result.status !== "REGISTERED") throw new Error(`Expected REGISTERED, got ${result.status}`);
  return result.person;
}

describe("registering a new person at the door", () => {
  it("registers a newcomer on a free place and lets them in, with a confirmation email and a journal entry", async () => {
    const event = await eventAt("nancy");
    const input = walkIn(++n);
    const walked = registered(await addWalkIn({ actor: organiser, event, input, now: NOW }));

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

    // The phone lost the answer and sends the same walk-in again: the same person, added once.
    expect(await addWalkIn({ actor: organiser, event, input, now: NOW })).toEqual({ status: "REGISTERED", person: walked });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("lets an admin who gives a reason go beyond a full day's capacity", async () => {
    const event = await eventAt("grenoble", 2);
    await fill("grenoble", 2);
    await expectAppError(addWalkIn({ actor: testAdmin, event, input: walkIn(++n), now: NOW }), "NO_FREE_SEAT");

    const walked = registered(await addWalkIn({ actor: testAdmin, event, input: walkIn(++n, { overCapacityReason: "Élue de la ville hôte" }), now: NOW }));
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

    await expectAppError(addWalkIn({ actor: { ...organiser, eventIds: null }, event, input, now: NOW }), "NO_FREE_SEAT");
    expect(await db.attendee.findUnique({ where: { email: input.email } })).toBeNull();
    expect({ attendees: await db.attendee.count(), registrations: await db.registration.count(), emails: await db.outboxEmail.count(), audit: await db.auditEntry.count() }).toEqual(before);
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.seat.count({ where: { eventId: event.id } })).toBe(2);
  });

  it("takes a walk-in only while the day's door is open, and says when it is", async () => {
    const event = await eventAt("nancy");
    const hours = "ouvert le jeudi 12 septembre 2030 de 7 h 30 à 17 h";
    const before = { attendees: await db.attendee.count(), audit: await db.auditEntry.count() };
    await expectAppError(addWalkIn({ actor: organiser, event, input: walkIn(++n), now: new Date("2030-09-12T07:29:00+02:00") }), "OUTSIDE_CHECK_IN_WINDOW", hours);
    await expectAppError(addWalkIn({ actor: organiser, event, input: walkIn(++n), now: new Date("2030-09-12T17:01:00+02:00") }), "OUTSIDE_CHECK_IN_WINDOW", hours);
    await expectAppError(addWalkIn({ actor: organiser, event, input: walkIn(++n), now: new Date("2026-12-01T10:00:00+01:00") }), "OUTSIDE_CHECK_IN_WINDOW", hours);
    expect({ attendees: await db.attendee.count(), audit: await db.auditEntry.count() }).toEqual(before);

    const opening = registered(await addWalkIn({ actor: organiser, event, input: walkIn(++n), now: new Date("2030-09-12T07:30:00+02:00") }));
    expect(opening.checkedInAt).toBe("2030-09-12T05:30:00.000Z");
  });

  it("never answers another day's walk-in for an id replayed at this door", async () => {
    const [nancy, rennes] = [await eventAt("nancy"), await eventAt("rennes")];
    const atRennes = walkIn(++n, { firstName: "Rennaise" });
    registered(await addWalkIn({ actor: testAdmin, event: rennes, input: atRennes, now: NOW }));

    const replayed = walkIn(++n, { operationId: atRennes.operationId });
    await expectAppError(addWalkIn({ actor: organiser, event: nancy, input: replayed, now: NOW }), "OPERATION_ID_TAKEN");
    expect(await db.registration.count({ where: { eventId: nancy.id } })).toBe(0);
    expect(await db.attendee.findUnique({ where: { email: replayed.email } })).toBeNull();
  });
});

describe("a walk-in with an address already known", () => {
  /** Everything of the stored people a walk-in could change. */
  const snapshot = async () => ({
    attendees: await db.attendee.findMany({ orderBy: { id: "asc" } }),
    registrations: await db.registration.findMany({ orderBy: { id: "asc" } }),
    checkIns: await db.checkIn.findMany({ orderBy: { id: "asc" } }),
    seats: await db.seat.findMany({ where: { registrationId: { not: null } }, orderBy: { id: "asc" } }),
  });

  it("gives one answer whatever the address holds elsewhere, changes nothing, and emails its owner a link for this day", async () => {
    const nancy = await eventAt("nancy");
    const rennes = await doorEvent("rennes");
    const national = person(++n, ["journee-nationale"]);
    const atRennes = person(++n, ["rennes"]);
    const cancelledHere = person(++n, ["nancy"]);
    const cancelledElsewhere = person(++n, ["rennes"]);
    for (const input of [national, atRennes, cancelledHere, cancelledElsewhere]) await createRegistrations({ input, now: REGISTERED_AT });
    const registrationOf = async (email: string, eventId: string) => (await db.registration.findFirstOrThrow({ where: { attendee: { email }, eventId } })).id;
    await cancelByOrganiser({ actor: testAdmin, eventId: nancy.id, registrationId: await registrationOf(cancelledHere.email, nancy.id), now: REGISTERED_AT });
    await cancelByOrganiser({ actor: testAdmin, eventId: rennes.id, registrationId: await registrationOf(cancelledElsewhere.email, rennes.id), now: REGISTERED_AT });
    // Nancy full: its capacity says nothing either.
    const full = await eventAt("nancy", 1);
    await fill("nancy", 1);
    const before = await snapshot();

    const typed = { firstName: "Usurpé", lastName: "Faussenom", organisation: "Organisation tapée à l'accueil", jobTitle: "Fonction tapée" };
    const answers = [];
    for (const known of [national, atRennes, cancelledHere, cancelledElsewhere]) {
      answers.push(await addWalkIn({ actor: organiser, event: full, input: walkIn(++n, { ...typed, email: known.email }), now: NOW }));
    }
    expect(answers).toEqual(Array(4).fill({ status: "CHECK_MAILBOX" }));
    expect(await snapshot()).toEqual(before);

    for (const known of [national, atRennes, cancelledHere, cancelledElsewhere]) {
      const [link] = await db.outboxEmail.findMany({ where: { attendee: { email: known.email }, kind: "JOIN_LINK" } });
      expect(link.data).toMatchObject({ events: ["nancy"], door: true });
      const mail = await composeEmail(link.id);
      expect(mail).toMatchObject({ to: known.email, subject: "Confirmez votre demande d'inscription" });
      for (const word of Object.values(typed)) expect(`${mail.text}${mail.html}`).not.toContain(word);
    }
    const audit = await db.auditEntry.findMany({ where: { action: "registration.walk-in.known-address" } });
    expect(audit).toHaveLength(4);
    for (const entry of audit) {
      expect(entry).toMatchObject({ actorId: organiser.userId, eventId: nancy.id, entityType: "Attendee", after: { outcome: "CHECK_MAILBOX" } });
      for (const word of [...Object.values(typed), "@"]) expect(JSON.stringify([entry.before, entry.after])).not.toContain(word);
    }
  });

  it("lets the owner join the day from the emailed link while its door is open, then the door finds them on its list", async () => {
    const nancy = await eventAt("nancy");
    const national = person(++n, ["journee-nationale"]);
    await createRegistrations({ input: national, now: REGISTERED_AT });
    expect(await addWalkIn({ actor: organiser, event: nancy, input: walkIn(++n, { email: national.email }), now: NOW })).toEqual({ status: "CHECK_MAILBOX" });

    const token = await lastJoinToken(national.email);
    const { registrations } = await addDaysByLink({ token, now: new Date(NOW.getTime() + 5 * 60_000) });
    expect(registrations).toMatchObject([{ event: { slug: "nancy" }, status: "CONFIRMED" }]);
    const listed = (await doorRoster(nancy.id)).people.find((entry) => entry.registrationId === registrations[0].registrationId);
    expect(listed).toMatchObject({ firstName: national.firstName, lastName: national.lastName, status: "CONFIRMED", checkedInAt: null });
    // The link is the door's: once the day's door has closed, it adds nothing.
    await expectAppError(addDaysByLink({ token, now: new Date("2030-09-12T17:30:00+02:00") }), "REGISTRATION_CLOSED");
  });

  it("answers with the day's own registration, as the door's list shows it, and changes nothing", async () => {
    const nancy = await eventAt("nancy");
    const here = person(++n, ["nancy"]);
    await createRegistrations({ input: here, now: REGISTERED_AT });
    const before = await snapshot();
    const emails = await db.outboxEmail.count();

    const answer = await addWalkIn({ actor: organiser, event: nancy, input: walkIn(++n, { email: here.email, firstName: "Autre" }), now: NOW });
    const onList = (await doorRoster(nancy.id)).people[0];
    expect(answer).toEqual({ status: "ON_LIST", person: onList });
    expect(onList).toMatchObject({ firstName: here.firstName, status: "CONFIRMED", checkedInAt: null });
    expect(await snapshot()).toEqual(before);
    expect(await db.outboxEmail.count()).toBe(emails);
  });
});
