import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../../tests/support/actors";
import { person } from "../../tests/support/people";
import { removeAttendees } from "../../tests/support/reset";
import { db } from "../db/client";
import { isAppError } from "../errors";
import { getEvent } from "../events/get-event";
import { invitationTokenFor } from "../links/invitation-token";
import { attendeeActor } from "../audit/actor";
import { cancelRegistrations } from "../registrations/cancel-registrations";
import { changeReservedPlaces } from "../registrations/change-reserved-places";
import { createQuestion } from "../questions/create-question";
import { questionInputSchema } from "../questions/schema";
import { createRegistrations } from "../registrations/create-registrations";
import { releaseReservedPlaces } from "../registrations/release-reserved-places";
import { guestDetailsSchema, type GuestDetails } from "../registrations/schema";
import { acceptInvitation } from "./accept-invitation";
import { declineInvitation } from "./decline-invitation";
import { followUpInvitations } from "./follow-up-invitations";
import { invitationView } from "./invitation-view";
import { invitePeople } from "./invite-people";
import { inviteSpeaker } from "./invite-speaker";
import { resendInvitation } from "./resend-invitation";
import { withdrawInvitation } from "./withdraw-invitation";

const NOW = new Date("2030-02-01T10:00:00Z");
const DAY = 86_400_000;
const SLUG = "rennes";
let eventId: string;
let expiresAt: Date;

beforeAll(async () => {
  await seedDatabase(db, { year: 2030 });
  await db.user.upsert({ where: { id: testAdmin.userId }, create: { id: testAdmin.userId, email: testAdmin.email, role: "ADMIN" }, update: {} });
  const event = await db.event.findUniqueOrThrow({ where: { slug: SLUG } });
  eventId = event.id;
  expiresAt = new Date(event.startsAt.getTime() - DAY);
});
// Each test starts from the seeded day, nobody registered or invited, no reserved place.
beforeEach(async () => {
  await removeAttendees(db);
  await db.invitation.deleteMany();
  await db.event.update({ where: { id: eventId }, data: { reservedPlaces: 0, reservedReleaseAt: null, reservedReleasedAt: null, waitlistMode: "OFFER" } });
});

const guest = (n: number) => `invite${n}@reseau.example.fr`;
const details = (n: number): GuestDetails => {
  const { events: _events, email: _email, ...rest } = person(n, [SLUG]);
  return guestDetailsSchema.parse(rest);
};

async function invite(numbers: number[], { remindDays = null as number | null } = {}) {
  const invitees = numbers.map((n) => ({ email: guest(n), firstName: "Inès", lastName: `Invitée`, organisation: "ADF" }));
  const result = await invitePeople({ actor: testAdmin, eventId, invitees, terms: { role: "INTERVENANT", message: "Bienvenue.", expiresAt, reminderDays: remindDays }, now: NOW });
  const rows = await db.invitation.findMany({ where: { email: { in: invitees.map((invitee) => invitee.email) } } });
  return { result, tokens: numbers.map((n) => invitationTokenFor(rows.find((row) => row.email === guest(n))!.id)) };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (isAppError(error) ? error.code : String(error)));

async function seatsOf() {
  const seats = await db.seat.findMany({ where: { eventId, registrationId: { not: null } }, include: { registration: { select: { guestRole: true, status: true } } } });
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
  const top = event.reservedReleasedAt ? event.capacity : event.capacity - event.reservedPlaces;
  return {
    held: seats.length,
    publicOnReserved: seats.filter((seat) => seat.number > top && !seat.registration?.guestRole).length,
    guestsOnReserved: seats.filter((seat) => seat.number > top && seat.registration?.guestRole).length,
    aboveCapacity: seats.filter((seat) => seat.number > event.capacity).length,
  };
}

describe("reserved places", () => {
  it("keeps them from the public rush, counts only public places as left, and seats an invited person when the public is full", async () => {
    await changeReservedPlaces({ actor: testAdmin, eventId, reservedPlaces: 10, reservedReleaseAt: null, now: NOW });
    const rush = await Promise.all(Array.from({ length: 120 }, (_, n) => createRegistrations({ input: person(n, [SLUG]), now: NOW })));
    expect(rush.filter((result) => result.registrations[0].status === "CONFIRMED")).toHaveLength(90);
    expect((await getEvent(SLUG, NOW))?.placesLeft).toBe(0);

    const { tokens } = await invite([1]);
    const accepted = await acceptInvitation({ token: tokens[0], details: details(9001), now: NOW });
    expect(accepted.registration.status).toBe("CONFIRMED");
    expect(accepted.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const registration = await db.registration.findUniqueOrThrow({ where: { id: accepted.registration.registrationId }, include: { attendee: true } });
    expect(registration.guestRole).toBe("INTERVENANT");
    expect(registration.holdExpiresAt).toBeNull();
    expect(registration.attendee.email).toBe(guest(1));
    expect(registration.attendee.emailVerifiedAt).toEqual(NOW);
    expect(await seatsOf()).toEqual({ held: 91, publicOnReserved: 0, guestsOnReserved: 1, aboveCapacity: 0 });
    expect(await db.invitation.findFirstOrThrow({ where: { email: guest(1) } })).toMatchObject({ state: "ACCEPTED", registrationId: registration.id });
  });

  it("refuses to reserve places the public already holds, and moves public attendees off the top seats otherwise", async () => {
    const results = await Promise.all(Array.from({ length: 95 }, (_, n) => createRegistrations({ input: person(100 + n, [SLUG]), now: NOW })));
    expect(await codeOf(changeReservedPlaces({ actor: testAdmin, eventId, reservedPlaces: 10, reservedReleaseAt: null, now: NOW }))).toBe("RESERVED_PLACES_HELD");
    expect(await codeOf(changeReservedPlaces({ actor: testAdmin, eventId, reservedPlaces: 101, reservedReleaseAt: null, now: NOW }))).toBe("RESERVED_ABOVE_CAPACITY");
    // The five people on the lowest seats cancel: the public then holds 90, and those on seats 91-95 move down.
    const lowSeats = await db.seat.findMany({ where: { eventId, number: { lte: 5 } } });
    for (const seat of lowSeats) {
      const result = results.find((candidate) => candidate.registrations[0].registrationId === seat.registrationId)!;
      await cancelRegistrations({ actor: attendeeActor(result.manageToken!), now: NOW });
    }
    await changeReservedPlaces({ actor: testAdmin, eventId, reservedPlaces: 10, reservedReleaseAt: null, now: NOW });
    expect(await seatsOf()).toEqual({ held: 90, publicOnReserved: 0, guestsOnReserved: 0, aboveCapacity: 0 });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "event.reserved-places.changed", eventId }, orderBy: { createdAt: "desc" } });
    expect(audit.after).toMatchObject({ reservedPlaces: 10 });
  });

  it("never exceeds the capacity nor takes reserved places for the public, under 400 concurrent public and invited requests", async () => {
    await changeReservedPlaces({ actor: testAdmin, eventId, reservedPlaces: 20, reservedReleaseAt: null, now: NOW });
    const invitedNumbers = Array.from({ length: 30 }, (_, k) => k);
    const { tokens } = await invite(invitedNumbers);
    const requests = Array.from({ length: 400 }, (_, n) =>
      n % 13 === 0 && n / 13 < tokens.length
        ? acceptInvitation({ token: tokens[n / 13], details: details(5000 + n), now: NOW }).then((result) => ({ guest: true, status: result.registration.status }))
        : createRegistrations({ input: person(2000 + n, [SLUG]), now: NOW }).then((result) => ({ guest: false, status: result.registrations[0].status })),
    );
    const results = await Promise.all(requests);
    const guests = results.filter((result) => result.guest);
    expect(guests).toHaveLength(30);
    const seats = await seatsOf();
    expect(seats).toMatchObject({ held: 100, publicOnReserved: 0, aboveCapacity: 0 });
    expect(seats.guestsOnReserved).toBe(20);
    expect(results.filter((result) => result.status === "CONFIRMED")).toHaveLength(100);
    expect(results.filter((result) => !result.guest && result.status === "CONFIRMED").length).toBeLessThanOrEqual(80);
    expect(guests.filter((result) => result.status === "CONFIRMED").length).toBeGreaterThanOrEqual(20);
    expect(await db.seat.count({ where: { eventId } })).toBe(100);
  });
});

describe("the release of reserved places", () => {
  it("gives the places nobody took to the waiting list at the release date, exactly once", async () => {
    const releaseAt = new Date(NOW.getTime() + 7 * DAY);
    await changeReservedPlaces({ actor: testAdmin, eventId, reservedPlaces: 10, reservedReleaseAt: releaseAt, now: NOW });
    const results = [];
    for (let n = 0; n < 95; n++) results.push(await createRegistrations({ input: person(3000 + n, [SLUG]), now: NOW }));
    const { tokens } = await invite([1, 2, 3, 4]);
    await acceptInvitation({ token: tokens[0], details: details(8001), now: NOW });
    await acceptInvitation({ token: tokens[1], details: details(8002), now: NOW });
    await declineInvitation({ token: tokens[2], now: NOW });

    expect(await releaseReservedPlaces(new Date(releaseAt.getTime() - 1000))).toEqual({ released: [] });
    expect((await releaseReservedPlaces(releaseAt)).released).toEqual([eventId]);
    // Eight reserved places were free: the first five people waiting are offered one, in order.
    const waiting = results.slice(90).map((result) => result.registrations[0].registrationId);
    const statuses = await db.registration.findMany({ where: { id: { in: waiting } }, select: { id: true, status: true } });
    expect(statuses.every((registration) => registration.status === "OFFERED")).toBe(true);
    expect(await db.outboxEmail.count({ where: { kind: "PLACE_OFFERED", registrationId: { in: waiting } } })).toBe(5);
    expect((await getEvent(SLUG, releaseAt))?.placesLeft).toBe(3);
    expect(await releaseReservedPlaces(new Date(releaseAt.getTime() + DAY))).toEqual({ released: [] });
    expect(await db.auditEntry.count({ where: { action: "event.reserved-places.released", eventId } })).toBe(1);
    // The last pending invitation still registers, now on a public place.
    expect((await acceptInvitation({ token: tokens[3], details: details(8004), now: releaseAt })).registration.status).toBe("CONFIRMED");
  });

  it("a cancelled place of the public goes to the waiting list, not to the reserved ones", async () => {
    await changeReservedPlaces({ actor: testAdmin, eventId, reservedPlaces: 10, reservedReleaseAt: null, now: NOW });
    const results = [];
    for (let n = 0; n < 92; n++) results.push(await createRegistrations({ input: person(4000 + n, [SLUG]), now: NOW }));
    await cancelRegistrations({ actor: attendeeActor(results[0].manageToken!), now: NOW });
    expect(await db.registration.findUniqueOrThrow({ where: { id: results[90].registrations[0].registrationId } })).toMatchObject({ status: "OFFERED" });
    expect(await db.registration.findUniqueOrThrow({ where: { id: results[91].registrations[0].registrationId } })).toMatchObject({ status: "WAITLISTED" });
  });
});

describe("invitation states", () => {
  it("is declined once, then its link is closed to any answer", async () => {
    const { tokens } = await invite([1]);
    expect(await invitationView({ token: tokens[0], now: NOW })).toMatchObject({ role: "INTERVENANT", knownAddress: false, firstName: "Inès" });
    await declineInvitation({ token: tokens[0], now: NOW });
    expect(await invitationView({ token: tokens[0], now: NOW })).toBeNull();
    expect(await codeOf(acceptInvitation({ token: tokens[0], details: details(1), now: NOW }))).toBe("INVITATION_CLOSED");
    expect(await codeOf(declineInvitation({ token: tokens[0], now: NOW }))).toBe("INVITATION_CLOSED");
    const invitation = await db.invitation.findFirstOrThrow({ where: { email: guest(1) } });
    expect(invitation).toMatchObject({ state: "DECLINED" });
    expect(await db.auditEntry.count({ where: { action: "invitation.declined", entityId: invitation.id } })).toBe(1);
  });

  it("refuses a second pending invitation to the same address, and sends again a declined one", async () => {
    const { tokens } = await invite([1]);
    expect((await invite([1])).result).toEqual({ sent: 0, refused: [{ email: guest(1), message: "déjà invitée, invitation envoyée" }] });
    await declineInvitation({ token: tokens[0], now: NOW });
    expect((await invite([1])).result).toEqual({ sent: 1, refused: [] });
    // The first email, still unsent when the person declined, was dropped: the new one goes.
    expect(await db.outboxEmail.count({ where: { kind: "INVITATION", to: guest(1) } })).toBe(1);
    expect(await db.invitation.findFirstOrThrow({ where: { email: guest(1) } })).toMatchObject({ state: "SENT", respondedAt: null });
  });

  it("is withdrawn by an organiser: its unsent emails are dropped and its link closed", async () => {
    const { tokens } = await invite([1]);
    const invitation = await db.invitation.findFirstOrThrow({ where: { email: guest(1) } });
    expect(await codeOf(resendInvitation({ actor: testAdmin, eventId, invitationId: invitation.id, now: NOW }))).toBe("RECENTLY_SENT");
    await resendInvitation({ actor: testAdmin, eventId, invitationId: invitation.id, now: new Date(NOW.getTime() + 3_600_000) });
    expect(await db.outboxEmail.count({ where: { kind: "INVITATION", to: guest(1) } })).toBe(2);
    await withdrawInvitation({ actor: testAdmin, eventId, invitationId: invitation.id, now: NOW });
    expect(await db.outboxEmail.count({ where: { kind: "INVITATION", to: guest(1) } })).toBe(0);
    expect(await codeOf(acceptInvitation({ token: tokens[0], details: details(1), now: NOW }))).toBe("INVITATION_CLOSED");
    expect(await codeOf(withdrawInvitation({ actor: testAdmin, eventId, invitationId: invitation.id, now: NOW }))).toBe("INVITATION_STATE");
  });

  it("is not sent again once the day has started, even when its link stays valid until the day's end", async () => {
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    const invitee = { email: guest(1), firstName: "Inès", lastName: "Invitée", organisation: "ADF" };
    const terms = { role: "PRESSE" as const, message: null, expiresAt: new Date(event.startsAt.getTime() + 3_600_000), reminderDays: null };
    await invitePeople({ actor: testAdmin, eventId, invitees: [invitee], terms, now: NOW });
    const invitation = await db.invitation.findFirstOrThrow({ where: { email: guest(1) } });
    const started = new Date(event.startsAt.getTime() + 60_000);
    const refusal = await resendInvitation({ actor: testAdmin, eventId, invitationId: invitation.id, now: started }).catch((error: unknown) => error);
    expect(isAppError(refusal, "INVITATION_STATE") && refusal.message).toMatch(/la journée a déjà commencé/);
    expect(await db.outboxEmail.count({ where: { kind: "INVITATION", to: guest(1) } })).toBe(1);
    await resendInvitation({ actor: testAdmin, eventId, invitationId: invitation.id, now: new Date(event.startsAt.getTime() - 3_600_000) });
    expect(await db.outboxEmail.count({ where: { kind: "INVITATION", to: guest(1) } })).toBe(2);
  });

  it("reminds once before the expiry, then expires unanswered", async () => {
    await invite([1, 2], { remindDays: 2 });
    const { tokens } = await invite([3]);
    expect(await followUpInvitations(new Date(expiresAt.getTime() - 3 * DAY))).toEqual({ reminded: 0, expired: 0 });
    expect(await followUpInvitations(new Date(expiresAt.getTime() - DAY))).toEqual({ reminded: 2, expired: 0 });
    expect(await followUpInvitations(new Date(expiresAt.getTime() - DAY / 2))).toEqual({ reminded: 0, expired: 0 });
    expect(await db.outboxEmail.count({ where: { kind: "INVITATION_REMINDER" } })).toBe(2);
    expect(await codeOf(acceptInvitation({ token: tokens[0], details: details(3), now: expiresAt }))).toBe("INVITATION_CLOSED");
    expect(await followUpInvitations(expiresAt)).toEqual({ reminded: 0, expired: 3 });
    expect(await db.invitation.count({ where: { state: "EXPIRED" } })).toBe(3);
  });

  it("refuses an expiry date already passed or after the day", async () => {
    const terms = { role: "PRESSE" as const, message: null, reminderDays: null };
    const invitees = [{ email: guest(1), firstName: "A", lastName: "B", organisation: "" }];
    expect(await codeOf(invitePeople({ actor: testAdmin, eventId, invitees, terms: { ...terms, expiresAt: NOW }, now: NOW }))).toBe("INVITATION_EXPIRY");
    expect(await codeOf(invitePeople({ actor: testAdmin, eventId, invitees, terms: { ...terms, expiresAt: new Date(expiresAt.getTime() + 10 * DAY) }, now: NOW }))).toBe("INVITATION_EXPIRY");
  });
});

describe("an invitation to a known address", () => {
  it("adds the day to the person as they are, shows nothing of them, and proves the address", async () => {
    const known = await createRegistrations({ input: person(7000, ["journee-nationale"], { email: guest(1), firstName: "Zoé" }), now: NOW });
    const { tokens } = await invite([1]);
    const view = await invitationView({ token: tokens[0], now: NOW });
    expect(view).toMatchObject({ knownAddress: true, firstName: "Inès" });
    expect(JSON.stringify(view)).not.toContain("Zoé");
    const accepted = await acceptInvitation({ token: tokens[0], details: null, now: NOW });
    expect(accepted).toMatchObject({ attendeeId: known.attendeeId, manageToken: null, registration: { status: "CONFIRMED" } });
    const attendee = await db.attendee.findUniqueOrThrow({ where: { id: known.attendeeId! } });
    expect(attendee).toMatchObject({ firstName: "Zoé", emailVerifiedAt: NOW });
  });

  it("refuses an unknown or malformed token", async () => {
    expect(await invitationView({ token: "x".repeat(43), now: NOW })).toBeNull();
    expect(await invitationView({ token: "../../etc", now: NOW })).toBeNull();
    expect(await codeOf(acceptInvitation({ token: "x".repeat(43), details: details(1), now: NOW }))).toBe("INVITATION_CLOSED");
  });
});

describe("the day's questions, asked of an invited person with a new address", () => {
  it("are checked as on the public form, with an error per question, and stored with the registration", async () => {
    const newQuestion = (fields: Record<string, string>) => questionInputSchema.parse({ required: "non", sensitive: "non", help: "", choices: "", ...fields });
    const workshop = await createQuestion({ actor: testAdmin, eventId, input: newQuestion({ label: "Atelier", type: "SINGLE_CHOICE", required: "oui", choices: "Finances\nÉnergie" }) });
    const remark = await createQuestion({ actor: testAdmin, eventId, input: newQuestion({ label: "Remarque", type: "SHORT_TEXT" }) });
    try {
      const { tokens } = await invite([1]);
      const view = await invitationView({ token: tokens[0], now: NOW });
      expect(view?.questions.map((question) => question.key)).toEqual([workshop.key, remark.key]);
      const energy = view!.questions[0].choices[1].key;

      const refusal = await acceptInvitation({ token: tokens[0], details: details(1), answers: { [SLUG]: { [remark.key]: "Bonjour" } }, now: NOW }).catch((error: unknown) => error);
      expect(isAppError(refusal, "INVALID_INPUT") && refusal.fieldErrors).toEqual({ [`answers.${SLUG}.${workshop.key}`]: "Répondez à la question « Atelier »." });
      expect(await codeOf(acceptInvitation({ token: tokens[0], details: details(1), answers: { [SLUG]: { [workshop.key]: "inconnu" } }, now: NOW }))).toBe("INVALID_INPUT");
      expect(await db.invitation.findFirstOrThrow({ where: { email: guest(1) } })).toMatchObject({ state: "SENT" });
      expect(await db.attendee.count({ where: { email: guest(1) } })).toBe(0);

      const accepted = await acceptInvitation({ token: tokens[0], details: details(1), answers: { [SLUG]: { [workshop.key]: energy, [remark.key]: "Bonjour" } }, now: NOW });
      const answers = await db.answer.findMany({ where: { registrationId: accepted.registration.registrationId }, include: { question: { select: { key: true } } } });
      expect(Object.fromEntries(answers.map((answer) => [answer.question.key, JSON.parse(answer.value)]))).toEqual({ [workshop.key]: energy, [remark.key]: "Bonjour" });
    } finally {
      await db.question.deleteMany({ where: { eventId } });
    }
  });

  it("are not asked of a known address, which answers them from its manage page", async () => {
    await createRegistrations({ input: person(7001, ["journee-nationale"], { email: guest(1) }), now: NOW });
    await createQuestion({ actor: testAdmin, eventId, input: questionInputSchema.parse({ label: "Atelier", type: "YES_NO", required: "oui", sensitive: "non", help: "", choices: "" }) });
    try {
      const { tokens } = await invite([1]);
      expect(await invitationView({ token: tokens[0], now: NOW })).toMatchObject({ knownAddress: true, questions: [] });
      expect((await acceptInvitation({ token: tokens[0], details: null, now: NOW })).registration.status).toBe("CONFIRMED");
    } finally {
      await db.question.deleteMany({ where: { eventId } });
    }
  });
});

describe("an invitation to a person already registered for the day", () => {
  it("gives their registration the role and a reserved place, and the public seat it leaves to the waiting list", async () => {
    await changeReservedPlaces({ actor: testAdmin, eventId, reservedPlaces: 10, reservedReleaseAt: null, now: NOW });
    const seated = await createRegistrations({ input: person(1, [SLUG], { email: guest(1) }), now: NOW });
    await Promise.all(Array.from({ length: 89 }, (_, n) => createRegistrations({ input: person(100 + n, [SLUG]), now: NOW })));
    const waitingPublic = await createRegistrations({ input: person(300, [SLUG]), now: NOW });
    const waitingGuest = await createRegistrations({ input: person(2, [SLUG], { email: guest(2) }), now: NOW });
    expect([waitingPublic, waitingGuest].map((result) => result.registrations[0].status)).toEqual(["WAITLISTED", "WAITLISTED"]);
    const { tokens } = await invite([1, 2]);

    const first = await acceptInvitation({ token: tokens[0], details: null, now: NOW });
    expect(first).toMatchObject({ attendeeId: seated.attendeeId, registration: { registrationId: seated.registrations[0].registrationId, status: "CONFIRMED" } });
    const moved = await db.registration.findUniqueOrThrow({ where: { id: first.registration.registrationId }, include: { seat: true } });
    expect(moved.guestRole).toBe("INTERVENANT");
    expect(moved.seat!.number).toBeGreaterThan(90);
    // The public seat it left went to the first person waiting, as when someone cancels.
    const offered = await db.registration.findUniqueOrThrow({ where: { id: waitingPublic.registrations[0].registrationId }, include: { seat: true } });
    expect(offered.status).toBe("OFFERED");
    expect(offered.seat!.number).toBeLessThanOrEqual(90);

    const second = await acceptInvitation({ token: tokens[1], details: null, now: NOW });
    expect(second.registration).toMatchObject({ registrationId: waitingGuest.registrations[0].registrationId, status: "CONFIRMED", waitlistPosition: null });
    const confirmed = await db.registration.findUniqueOrThrow({ where: { id: second.registration.registrationId }, include: { seat: true, waitlistEntry: true } });
    expect(confirmed).toMatchObject({ status: "CONFIRMED", guestRole: "INTERVENANT", waitlistEntry: null });
    expect(confirmed.seat!.number).toBeGreaterThan(90);
    expect(await db.outboxEmail.count({ where: { kind: "PLACE_CONFIRMED", registrationId: confirmed.id } })).toBe(1);

    expect(await seatsOf()).toEqual({ held: 92, publicOnReserved: 0, guestsOnReserved: 2, aboveCapacity: 0 });
    expect(await db.auditEntry.count({ where: { action: "registration.invitation.accepted", eventId } })).toBe(2);
    expect(await db.invitation.findMany({ where: { email: { in: [guest(1), guest(2)] } }, orderBy: { email: "asc" } })).toMatchObject([
      { state: "ACCEPTED", registrationId: moved.id },
      { state: "ACCEPTED", registrationId: confirmed.id },
    ]);
  });
});

describe("inviting a programme speaker in one click", () => {
  it("invites them as an intervenant·e, their function as organisation, the answer expected by the eve of the day", async () => {
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    const item = await db.programmeItem.create({ data: { eventId, kind: "ROUND_TABLE", startsAt: event.startsAt, title: "Table ronde" } });
    const speaker = await db.speaker.create({ data: { name: "Marie-Anne Delatour", title: "Vice-présidente, Région Bretagne", email: "ma.delatour@region.example.fr" } });
    const silent = await db.speaker.create({ data: { name: "Sans Adresse" } });
    const elsewhere = await db.speaker.create({ data: { name: "Ailleurs", email: "ailleurs@region.example.fr" } });
    await db.programmeItemSpeaker.createMany({ data: [{ programmeItemId: item.id, speakerId: speaker.id, position: 0 }, { programmeItemId: item.id, speakerId: silent.id, position: 1 }] });
    try {
      expect(await inviteSpeaker({ actor: testAdmin, eventId, speakerId: speaker.id, now: NOW })).toEqual({ sent: 1, refused: [] });
      const invitation = await db.invitation.findFirstOrThrow({ where: { speakerId: speaker.id } });
      expect(invitation).toMatchObject({
        eventId,
        email: "ma.delatour@region.example.fr",
        firstName: "Marie-Anne",
        lastName: "Delatour",
        organisation: "Vice-présidente, Région Bretagne",
        role: "INTERVENANT",
        state: "SENT",
        expiresAt: new Date(event.startsAt.getTime() - DAY),
      });
      expect(await db.outboxEmail.count({ where: { kind: "INVITATION", to: "ma.delatour@region.example.fr" } })).toBe(1);
      expect(await db.auditEntry.findMany({ where: { action: "invitation.sent", entityId: invitation.id } })).toMatchObject([{ actorId: testAdmin.userId, after: { role: "INTERVENANT", speakerId: speaker.id } }]);
      // Twice: refused for that person, nothing sent again.
      expect((await inviteSpeaker({ actor: testAdmin, eventId, speakerId: speaker.id, now: NOW })).refused).toHaveLength(1);
      expect(await codeOf(inviteSpeaker({ actor: testAdmin, eventId, speakerId: silent.id, now: NOW }))).toBe("SPEAKER_WITHOUT_EMAIL");
      // A speaker not on this day's programme: nothing to invite.
      expect(await codeOf(inviteSpeaker({ actor: testAdmin, eventId, speakerId: elsewhere.id, now: NOW }))).toBe("RECORD_NOT_FOUND");
    } finally {
      await db.programmeItem.delete({ where: { id: item.id } });
      await db.speaker.deleteMany({ where: { id: { in: [speaker.id, silent.id, elsewhere.id] } } });
    }
  });
});
