import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { env } from "../../lib/env";
import { attendeeActor } from "../../lib/audit/actor";
import { composeEmail } from "../../lib/mail/compose-email";
import type { EmailKind } from "../../lib/db/models";
import { seedDatabase } from "../../prisma/seed";
import { person } from "../support/people";
import { linkToken, registerNew } from "../support/register";
import { removeAttendees } from "../support/reset";
import { testAdmin } from "../support/actors";
// The JSON API's answer to a known address is part of the behaviour under test: this test spans app/ and lib/.
import { POST as postRegistration } from "../../app/api/registrations/route";
import { cancelRegistrations } from "../../lib/registrations/cancel-registrations";
import { changeCapacity } from "../../lib/registrations/change-capacity";
import { createRegistrations } from "../../lib/registrations/create-registrations";
import { getManageView } from "../../lib/registrations/get-manage-view";
import { addDaysByLink, joinLinkView } from "../../lib/registrations/join-link";
import { renewManageLink } from "../../lib/registrations/renew-manage-link";
import { resendManageLink } from "../../lib/registrations/resend-manage-link";
import type { RegistrationInput } from "../../lib/registrations/schema";

const NOW = new Date("2030-02-01T10:00:00Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const later = (ms: number) => new Date(NOW.getTime() + ms);
const emailOf = (n: number) => `personne${n}@collectivite.example.fr`;
const CHECK_MAILBOX = { outcome: "CHECK_MAILBOX", attendeeId: null, manageToken: null, registrations: [] };
/** What the form makes the app send to an address, whoever types it: one daily budget (lib/outbox/public-email-cap.ts). */
const TYPED_KINDS: EmailKind[] = ["REGISTRATION_CONFIRMED", "WAITLISTED", "JOIN_LINK", "CONFIRM_EMAIL"];

beforeAll(() => seedDatabase(db, { year: 2030 }));
beforeEach(() => removeAttendees(db));

/** A new address registered at NOW (its emails are dated NOW, so the daily cap counts them). */
const registerAt = (n: number, slugs: string[], overrides: Partial<RegistrationInput> = {}) => registerNew({ input: person(n, slugs, overrides), now: NOW });

const emailsTo = (n: number, kind?: EmailKind) =>
  db.outboxEmail.findMany({ where: { attendee: { email: emailOf(n) }, ...(kind ? { kind } : {}) }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

/** The join link of the only JOIN_LINK email the person has received. */
async function joinTokenOf(n: number): Promise<string> {
  const emails = await emailsTo(n, "JOIN_LINK");
  expect(emails).toHaveLength(1);
  return linkToken((await composeEmail(emails[0].id)).text, "ajouter");
}

/** Everything a submission could change: who holds what, seats, waiting lists, attendees' details. */
async function bookings() {
  const [attendees, registrations, seats, waiting] = await Promise.all([
    db.attendee.findMany({ orderBy: { id: "asc" } }),
    db.registration.findMany({ orderBy: { id: "asc" } }),
    db.seat.findMany({ where: { registrationId: { not: null } }, orderBy: { id: "asc" } }),
    db.waitlistEntry.findMany({ orderBy: { position: "asc" } }),
  ]);
  return { attendees, registrations, seats, waiting };
}

async function statusOf(token: string, slug: string) {
  const view = await getManageView({ token });
  return view.registrations.find((registration) => registration.event.slug === slug);
}

describe("a submission with an address already known", () => {
  it("changes nothing and gives one answer whatever the address holds; its owner gets a link for the days asked", async () => {
    await registerAt(1, ["journee-nationale"]);
    await registerAt(2, ["nancy"]);
    await registerAt(3, ["nancy"]);
    const cancelled = await registerAt(4, ["grenoble"]);
    await cancelRegistrations({ actor: attendeeActor(cancelled.manageToken), now: NOW });
    const before = await bookings();

    const cases: [string, number, string[]][] = [
      ["the same day again", 1, ["journee-nationale"]],
      ["a new day", 2, ["journee-nationale"]],
      ["a second regional day on the same date", 3, ["rennes"]],
      ["a day it cancelled", 4, ["grenoble"]],
    ];
    for (const [label, n, events] of cases) {
      const result = await createRegistrations({ input: person(n, events, { firstName: "Intrus", lunch: false }), now: later(MINUTE) });
      expect(result, label).toEqual(CHECK_MAILBOX);
      const joinLinks = await emailsTo(n, "JOIN_LINK");
      expect(joinLinks, label).toHaveLength(1);
      expect(joinLinks[0].data, label).toEqual({ events, lunch: false, expiresAt: later(MINUTE + env.JOIN_LINK_HOURS * HOUR).toISOString() });
    }
    expect(await bookings()).toEqual(before);
  });

  it("emails a link that names only the days asked for, nothing the address holds and nothing the submitter typed", async () => {
    await registerAt(5, ["nancy"]);
    await createRegistrations({ input: person(5, ["journee-nationale"], { firstName: "Intrus", dietaryNeeds: "message-de-l-intrus" }), now: NOW });
    const [email] = await emailsTo(5, "JOIN_LINK");
    const composed = await composeEmail(email.id);
    expect(composed.to).toBe(emailOf(5));
    expect(composed.subject).toBe("Confirmez votre demande d'inscription");
    expect(composed.text).toContain("Journée nationale");
    expect(composed.text).toContain(`${env.APP_URL}/inscription/ajouter/`);
    for (const body of [composed.text, composed.html]) {
      expect(body).not.toContain("Nancy");
      expect(body).not.toContain("Intrus");
      expect(body).not.toContain("message-de-l-intrus");
      expect(body).not.toContain("/inscription/gerer/");
    }
    expect((await db.attendee.findUniqueOrThrow({ where: { email: emailOf(5) } })).firstName).toBe("Awa");
  });

  it("answers the JSON API with 201 and the manage token for a new address, and one 202 body for every known one", async () => {
    const post = (input: RegistrationInput) =>
      postRegistration(new Request("http://localhost/api/registrations", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }));
    const created = await post(person(10, ["journee-nationale"]));
    expect(created.status).toBe(201);
    expect((await created.json()).manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await post(person(11, ["nancy"]))).status).toBe(201);
    const toCancel = await post(person(12, ["grenoble"]));
    await cancelRegistrations({ actor: attendeeActor((await toCancel.json()).manageToken) });
    expect((await post(person(13, ["rennes"]))).status).toBe(201);
    // The registration's email and join links for distinct requests (a repeated one sends one email) use up the day's emails to person 13.
    const requests = [["journee-nationale"], ["nancy"], ["grenoble"], ["bordeaux"], ["journee-nationale", "nancy"], ["journee-nationale", "grenoble"]];
    for (const events of requests.slice(0, env.PUBLIC_EMAILS_PER_DAY - 1)) expect((await post(person(13, events))).status).toBe(202);
    expect(await emailsTo(13, "JOIN_LINK")).toHaveLength(env.PUBLIC_EMAILS_PER_DAY - 1);
    const before = await bookings();

    const cases: [string, number, string[], number][] = [
      ["a duplicate", 10, ["journee-nationale"], 1],
      ["a new day", 11, ["journee-nationale"], 1],
      ["a second regional day", 11, ["rennes"], 2],
      ["a cancelled day", 12, ["grenoble"], 1],
      ["an address over the daily cap", 13, requests[env.PUBLIC_EMAILS_PER_DAY - 1], env.PUBLIC_EMAILS_PER_DAY - 1],
    ];
    const bodies = new Set<string>();
    for (const [label, n, events, joinLinks] of cases) {
      const response = await post(person(n, events));
      expect(response.status, label).toBe(202);
      const body = await response.text();
      expect(JSON.parse(body), label).toEqual({ status: "CHECK_MAILBOX", message: expect.stringContaining("déjà connue") });
      bodies.add(body);
      expect(await emailsTo(n, "JOIN_LINK"), label).toHaveLength(joinLinks);
    }
    expect(bodies.size).toBe(1);
    expect(await bookings()).toEqual(before);
  });
});

describe("the link that adds days to a known address", () => {
  it("adds the days with a free seat when used, proves the address, and is refused the second time", async () => {
    await registerAt(20, ["nancy"]);
    await createRegistrations({ input: person(20, ["journee-nationale"], { lunch: false }), now: NOW });
    const token = await joinTokenOf(20);
    expect(await joinLinkView({ token, now: later(HOUR) })).toMatchObject({ events: [{ slug: "journee-nationale" }], lunch: false });

    const added = await addDaysByLink({ token, now: later(HOUR) });
    expect(added.registrations.map(({ event, status }) => [event.slug, status])).toEqual([["journee-nationale", "CONFIRMED"]]);
    const registration = await db.registration.findUniqueOrThrow({ where: { id: added.registrations[0].registrationId } });
    expect(registration).toMatchObject({ status: "CONFIRMED", lunch: false, holdExpiresAt: null });
    expect((await db.attendee.findUniqueOrThrow({ where: { email: emailOf(20) } })).emailVerifiedAt).toEqual(later(HOUR));
    expect((await emailsTo(20, "REGISTRATION_CONFIRMED")).map((email) => email.registrationId)).toContain(registration.id);

    await expect(addDaysByLink({ token, now: later(2 * HOUR) })).rejects.toMatchObject({ code: "ALREADY_REGISTERED" });
    expect(await db.registration.count({ where: { attendee: { email: emailOf(20) } } })).toBe(2);
  });

  it("adds the day once when the link is used several times at once, and refuses the others as already registered", async () => {
    await registerAt(27, ["journee-nationale"]);
    await createRegistrations({ input: person(27, ["nancy"]), now: NOW });
    const token = await joinTokenOf(27);
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => addDaysByLink({ token, now: later(HOUR) })));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refusals = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [(outcome.reason as { code?: unknown }).code] : []));
    expect(refusals).toEqual(Array.from({ length: 4 }, () => "ALREADY_REGISTERED"));
    const held = await db.registration.findMany({ where: { attendee: { email: emailOf(27) }, event: { slug: "nancy" } }, include: { seat: true } });
    expect(held).toMatchObject([{ status: "CONFIRMED", seat: { registrationId: held[0].id } }]);
    expect((await emailsTo(27, "REGISTRATION_CONFIRMED")).filter((email) => email.registrationId === held[0].id)).toHaveLength(1);
  });

  it("puts the person on the waiting list when the day filled up before the link was used", async () => {
    const bordeaux = await db.event.findUniqueOrThrow({ where: { slug: "bordeaux" } });
    await changeCapacity({ eventId: bordeaux.id, capacity: 1, actor: testAdmin, now: NOW });
    try {
      const { manageToken } = await registerAt(21, ["journee-nationale"]);
      await createRegistrations({ input: person(21, ["bordeaux"]), now: NOW });
      const token = await joinTokenOf(21);
      const other = await registerNew({ input: person(22, ["bordeaux"]), now: later(MINUTE) });
      expect(other.registrations[0].status).toBe("CONFIRMED");

      const added = await addDaysByLink({ token, now: later(HOUR) });
      expect(added.registrations).toMatchObject([{ event: { slug: "bordeaux" }, status: "WAITLISTED", waitlistPosition: 1 }]);
      expect(await statusOf(manageToken, "bordeaux")).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
      expect((await emailsTo(21, "WAITLISTED")).map((email) => email.registrationId)).toEqual([added.registrations[0].registrationId]);
    } finally {
      await removeAttendees(db);
      await changeCapacity({ eventId: bordeaux.id, capacity: bordeaux.capacity, actor: testAdmin, now: NOW });
    }
  });

  it("refuses a second regional day on the same date to the owner, and registers a cancelled day again on its row", async () => {
    const nancy = await registerAt(23, ["nancy"]);
    await createRegistrations({ input: person(23, ["rennes"]), now: NOW });
    const before = await bookings();
    await expect(addDaysByLink({ token: await joinTokenOf(23), now: later(HOUR) })).rejects.toMatchObject({ code: "ONE_EVENT_PER_DAY" });
    expect(await bookings()).toEqual(before);

    const grenoble = await registerAt(24, ["grenoble"]);
    await cancelRegistrations({ actor: attendeeActor(grenoble.manageToken), now: NOW });
    await createRegistrations({ input: person(24, ["grenoble"]), now: NOW });
    const added = await addDaysByLink({ token: await joinTokenOf(24), now: later(HOUR) });
    expect(added.registrations[0]).toMatchObject({ registrationId: grenoble.registrations[0].registrationId, status: "CONFIRMED" });
    expect(await db.registration.findMany({ where: { attendee: { email: emailOf(24) } } })).toMatchObject([
      { status: "CONFIRMED", cancellationReason: null, cancelledAt: null },
    ]);
    expect(await statusOf(nancy.manageToken, "rennes")).toBeUndefined();
  });

  it("expires after JOIN_LINK_HOURS, and refuses a tampered link", async () => {
    await registerAt(25, ["nancy"]);
    await createRegistrations({ input: person(25, ["journee-nationale"]), now: NOW });
    const token = await joinTokenOf(25);
    const expired = later(env.JOIN_LINK_HOURS * HOUR + MINUTE);
    expect(await joinLinkView({ token, now: expired })).toBeNull();
    await expect(addDaysByLink({ token, now: expired })).rejects.toMatchObject({ code: "LINK_EXPIRED" });

    const [payload, signature] = token.split(".");
    const flip = (text: string) => `${text.slice(0, -1)}${text.endsWith("A") ? "B" : "A"}`;
    for (const tampered of [`${payload}.${flip(signature)}`, `${flip(payload)}.${signature}`, payload, `${token}.x`]) {
      expect(await joinLinkView({ token: tampered, now: NOW })).toBeNull();
      await expect(addDaysByLink({ token: tampered, now: NOW })).rejects.toMatchObject({ code: "LINK_EXPIRED" });
    }
    expect(await db.registration.count({ where: { attendee: { email: emailOf(25) } } })).toBe(1);

    const inTime = await addDaysByLink({ token, now: later(env.JOIN_LINK_HOURS * HOUR - MINUTE) });
    expect(inTime.registrations).toHaveLength(1);
  });

  it("is void once the manage link was renewed; a link asked for afterwards works", async () => {
    const { manageToken } = await registerAt(26, ["nancy"]);
    await createRegistrations({ input: person(26, ["journee-nationale"]), now: NOW });
    const voided = await joinTokenOf(26);
    await renewManageLink({ actor: attendeeActor(manageToken), now: later(MINUTE) });
    expect(await joinLinkView({ token: voided, now: later(HOUR) })).toBeNull();
    await expect(addDaysByLink({ token: voided, now: later(HOUR) })).rejects.toMatchObject({ code: "LINK_EXPIRED" });
    expect(await db.registration.count({ where: { attendee: { email: emailOf(26) } } })).toBe(1);

    await createRegistrations({ input: person(26, ["journee-nationale"]), now: later(2 * MINUTE) });
    const fresh = (await emailsTo(26, "JOIN_LINK")).at(-1)!;
    const token = linkToken((await composeEmail(fresh.id)).text, "ajouter");
    expect(token).not.toBe(voided);
    expect((await addDaysByLink({ token, now: later(HOUR) })).registrations).toMatchObject([{ event: { slug: "journee-nationale" }, status: "CONFIRMED" }]);
  });
});

describe("the daily cap of emails anyone can have sent to an address", () => {
  it("counts every email the form can make the app send in 24 hours, stops there, and lets one more through the next day", async () => {
    await registerAt(30, ["nancy"]);
    // Each 11 minutes apart: the same request repeated within 10 minutes sends one email anyway.
    for (let i = 0; i < env.PUBLIC_EMAILS_PER_DAY + 2; i++) {
      expect(await createRegistrations({ input: person(30, ["journee-nationale"]), now: later(i * 11 * MINUTE) })).toEqual(CHECK_MAILBOX);
    }
    expect(await emailsTo(30, "JOIN_LINK")).toHaveLength(env.PUBLIC_EMAILS_PER_DAY - 1);
    const typedEmails = await db.outboxEmail.count({ where: { attendee: { email: emailOf(30) }, kind: { in: TYPED_KINDS } } });
    expect(typedEmails).toBe(env.PUBLIC_EMAILS_PER_DAY);

    await createRegistrations({ input: person(30, ["journee-nationale"]), now: later(25 * HOUR) });
    expect(await emailsTo(30, "JOIN_LINK")).toHaveLength(env.PUBLIC_EMAILS_PER_DAY);
  });

  it("is not the owner's: a stranger's registrations with their address leave their lost link and their renewal to them", async () => {
    const { manageToken } = await registerAt(31, ["nancy"]);
    const requests = [["journee-nationale"], ["grenoble"], ["bordeaux"], ["rennes"], ["journee-nationale", "grenoble"], ["journee-nationale", "rennes"]];
    for (const [i, events] of requests.entries()) await createRegistrations({ input: person(31, events), now: later(i * MINUTE) });
    expect(await emailsTo(31, "JOIN_LINK")).toHaveLength(env.PUBLIC_EMAILS_PER_DAY - 1);

    await resendManageLink({ email: emailOf(31), now: later(HOUR) });
    const [lost] = await emailsTo(31, "MANAGE_LINK");
    expect(lost?.data).toEqual({ reason: "REQUESTED" });
    expect(linkToken((await composeEmail(lost.id)).text, "gerer")).toBe(manageToken);
    await renewManageLink({ actor: attendeeActor(manageToken), now: later(2 * HOUR) });
    expect((await emailsTo(31, "MANAGE_LINK")).map((email) => email.data)).toEqual([{ reason: "REQUESTED" }, { reason: "RENEWED" }]);
  });
});

describe("emails to an address nobody has proven yet", () => {
  const typed = { firstName: "Zéphyrine", dietaryNeeds: "regime-tape-XYZ", accessibilityNeeds: "besoin-tape-XYZ" };

  it("carry nothing the submitter typed until a link sent to the address is used, then do", async () => {
    const { attendeeId } = await registerAt(40, ["journee-nationale"], typed);
    const [confirmed] = await emailsTo(40, "REGISTRATION_CONFIRMED");
    const unverified = await composeEmail(confirmed.id);
    expect(unverified.text).toContain("Bonjour,");
    expect(unverified.text).toContain("indiqués sur votre page d'inscription");
    for (const body of [unverified.text, unverified.html]) {
      for (const words of Object.values(typed)) expect(body).not.toContain(words);
    }
    await resendManageLink({ email: emailOf(40), now: NOW });
    const manageLink = await composeEmail((await emailsTo(40, "MANAGE_LINK"))[0].id);
    expect(manageLink.text).toContain("Bonjour,");
    expect(manageLink.text).not.toContain(typed.firstName);

    await createRegistrations({ input: person(40, ["nancy"]), now: later(MINUTE) });
    await addDaysByLink({ token: await joinTokenOf(40), now: later(HOUR) });
    expect((await db.attendee.findUniqueOrThrow({ where: { id: attendeeId } })).emailVerifiedAt).toEqual(later(HOUR));

    const nancy = (await emailsTo(40, "REGISTRATION_CONFIRMED")).find((email) => email.id !== confirmed.id)!;
    for (const id of [nancy.id, confirmed.id]) {
      const verified = await composeEmail(id);
      expect(verified.text).toContain(`Bonjour ${typed.firstName},`);
      expect(verified.text).toContain(typed.dietaryNeeds);
      expect(verified.text).toContain(typed.accessibilityNeeds);
    }
  });
});

describe("resendManageLink", () => {
  it("sends nothing for an unknown address, and the current link to a known one, not twice in 10 minutes", async () => {
    const outbox = await db.outboxEmail.count();
    await resendManageLink({ email: emailOf(50), now: NOW });
    expect(await db.outboxEmail.count()).toBe(outbox);

    const { manageToken } = await registerAt(51, ["nancy"]);
    await resendManageLink({ email: emailOf(51), now: NOW });
    const [sent] = await emailsTo(51, "MANAGE_LINK");
    expect(sent.data).toEqual({ reason: "REQUESTED" });
    const composed = await composeEmail(sent.id);
    expect(composed.to).toBe(emailOf(51));
    expect(linkToken(composed.text, "gerer")).toBe(manageToken);

    await resendManageLink({ email: emailOf(51), now: later(9 * MINUTE) });
    expect(await emailsTo(51, "MANAGE_LINK")).toHaveLength(1);
    await resendManageLink({ email: emailOf(51), now: later(11 * MINUTE) });
    expect(await emailsTo(51, "MANAGE_LINK")).toHaveLength(2);
  });

  it("sends one email when asked several times at once", async () => {
    await registerAt(53, ["nancy"]);
    await Promise.all(Array.from({ length: 5 }, () => resendManageLink({ email: emailOf(53), now: NOW })));
    expect(await emailsTo(53, "MANAGE_LINK")).toHaveLength(1);
  });

  it("sends the renewed link after a renewal, and stays within the daily cap", async () => {
    const { manageToken } = await registerAt(52, ["nancy"]);
    await renewManageLink({ actor: attendeeActor(manageToken), now: NOW });
    await resendManageLink({ email: emailOf(52), now: later(11 * MINUTE) });
    const [renewed, requested] = await emailsTo(52, "MANAGE_LINK");
    expect([renewed.data, requested.data]).toEqual([{ reason: "RENEWED" }, { reason: "REQUESTED" }]);
    const current = linkToken((await composeEmail(requested.id)).text, "gerer");
    expect(current).not.toBe(manageToken);
    expect((await getManageView({ token: current })).attendee.email).toBe(emailOf(52));

    for (let i = 2; i <= 10; i++) await resendManageLink({ email: emailOf(52), now: later(i * 11 * MINUTE) });
    // Lost-link emails have a daily budget of their own: neither the registration's email nor the renewal counts in it.
    const sent = await emailsTo(52, "MANAGE_LINK");
    expect(sent.filter((email) => (email.data as { reason: string }).reason === "REQUESTED")).toHaveLength(env.PUBLIC_EMAILS_PER_DAY);
    expect(sent).toHaveLength(env.PUBLIC_EMAILS_PER_DAY + 1);
  });
});
