import { addDaysByLink } from "../registrations/join-link";
import { lastJoinToken } from "../../tests/support/register";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { AppError } from "../errors";
import { formatLongDate, formatTime, parisTime } from "../dates";
import { seedDatabase } from "../../prisma/seed";
import { person } from "../../tests/support/people";
import { removeAttendees } from "../../tests/support/reset";
import { testAdmin } from "../../tests/support/actors";
import { changeCapacity } from "../registrations/change-capacity";
import { createRegistrations } from "../registrations/create-registrations";
import { createEvent } from "./create-event";
import { eventFormValues } from "./event-form";
import { getEvent } from "./get-event";
import { listEvents } from "./list-events";
import { eventInputSchema } from "./schema";
import { setEventStatus } from "./set-event-status";
import { updateEvent } from "./update-event";

const NOW = new Date("2030-02-01T10:00:00Z");
let n = 0;

beforeAll(() => seedDatabase(db, { year: 2030 }));
// Tests that register people start with nobody registered; each test works on its own event.
beforeEach(() => removeAttendees(db));

/** How the audit entries of the admin's changes look, whatever they record. */
const BY_ADMIN = { actorKind: "USER", actorId: testAdmin.userId, actorLabel: testAdmin.email } as const;

/** A new regional day as the back-office form sends it. */
const lilleForm = (overrides: Record<string, string> = {}): Record<string, string> => ({
  title: "Journée régionale de Lille",
  slug: "lille",
  kind: "REGIONAL",
  region: "Nord",
  summary: "Rencontre régionale pour le Nord, accueillie par la Ville de Lille.",
  date: "2030-10-01",
  startTime: "09:30",
  endTime: "17:00",
  city: "Lille",
  venue: "Hôtel de ville",
  address: "Place Augustin Laurent",
  host: "Ville de Lille",
  capacity: "30",
  registrationOpensAt: "",
  registrationClosesAt: "",
  waitlistMode: "OFFER",
  offerHours: "48",
  reminderDaysBefore: "2",
  replyTo: "",
  ...overrides,
});

const eventBySlug = (slug: string) => db.event.findUniqueOrThrow({ where: { slug } });
const auditOf = (eventId: string) => db.auditEntry.findMany({ where: { eventId }, orderBy: { createdAt: "asc" } });
const heldSeats = (eventId: string) => db.seat.count({ where: { eventId, registrationId: { not: null } } });

/** Registers `count` new people for one event; returns their registrations' ids and statuses. */
async function register(slug: string, count: number) {
  const outcomes = [];
  for (let i = 0; i < count; i++) {
    const { registrations } = await createRegistrations({ input: person(++n, [slug]), now: NOW });
    outcomes.push(registrations[0]);
  }
  return outcomes;
}

/** The same form, with the event's current values and some of them changed. */
async function editedInput(slug: string, changes: Record<string, string>) {
  return eventInputSchema.parse({ ...eventFormValues(await eventBySlug(slug)), ...changes });
}

describe("createEvent", () => {
  it("creates a draft with one seat per place, and audits the creation and the capacity", async () => {
    const event = await createEvent({ actor: testAdmin, input: eventInputSchema.parse(lilleForm()), now: NOW });
    expect(event).toMatchObject({
      slug: "lille",
      status: "DRAFT",
      capacity: 30,
      kind: "REGIONAL",
      startsAt: parisTime(2030, 10, 1, 9, 30),
      endsAt: parisTime(2030, 10, 1, 17, 0),
      registrationOpensAt: null,
      registrationClosesAt: null,
      replyTo: null,
      calendarSequence: 0,
    });
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "DRAFT", capacity: 30, city: "Lille" });

    const seats = await db.seat.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" } });
    expect(seats).toHaveLength(30);
    expect(seats.map((seat) => seat.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(seats.every((seat) => seat.registrationId === null)).toBe(true);

    const audit = await auditOf(event.id);
    expect(audit.map((entry) => entry.action).sort()).toEqual(["event.capacity.changed", "event.created"]);
    expect(audit.find((entry) => entry.action === "event.created")).toMatchObject({
      ...BY_ADMIN,
      entityType: "Event",
      entityId: event.id,
      eventId: event.id,
      after: { title: "Journée régionale de Lille", slug: "lille", startsAt: parisTime(2030, 10, 1, 9, 30).toISOString(), certificateSignatoryName: null, certificateSignatoryTitle: null },
    });
    expect(audit.find((entry) => entry.action === "event.capacity.changed")).toMatchObject({
      ...BY_ADMIN,
      entityType: "Event",
      entityId: event.id,
      eventId: event.id,
      before: { capacity: 0 },
      after: { capacity: 30 },
    });

    // A draft is nobody's business but the back office's.
    expect((await listEvents(NOW)).map((summary) => summary.slug)).not.toContain("lille");
    expect(await getEvent("lille", NOW)).toBeNull();
  });

  it("refuses a second event with the same slug, on the slug field, and writes nothing", async () => {
    const input = eventInputSchema.parse(lilleForm({ slug: "journee-paris", title: "Première journée" }));
    const first = await createEvent({ actor: testAdmin, input, now: NOW });
    const auditBefore = await db.auditEntry.count();

    const again = eventInputSchema.parse(lilleForm({ slug: "journee-paris", title: "Seconde journée" }));
    const error = await createEvent({ actor: testAdmin, input: again, now: NOW }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "SLUG_TAKEN", field: "slug", detail: "journee-paris" });

    expect(await db.event.findMany({ where: { slug: "journee-paris" }, select: { id: true, title: true } })).toEqual([
      { id: first.id, title: "Première journée" },
    ]);
    expect(await db.event.count({ where: { title: "Seconde journée" } })).toBe(0);
    expect(await db.seat.count({ where: { eventId: first.id } })).toBe(30);
    expect(await db.auditEntry.count()).toBe(auditBefore);
  });

  it("adds the day to the edition named by its address, and never to a past edition", async () => {
    const edition = (slug: string, status: "DRAFT" | "PAST") => db.edition.create({ data: { slug, status, title: `Édition ${slug}`, theme: "Thème", context: "Texte" } });
    const draft = await edition("rencontres-2099", "DRAFT");
    const past = await edition("rencontres-1999", "PAST");
    try {
      const created = await createEvent({ actor: testAdmin, input: eventInputSchema.parse(lilleForm({ slug: "lille-2099" })), edition: "rencontres-2099", now: NOW });
      expect(await db.event.findUniqueOrThrow({ where: { id: created.id }, select: { editionId: true } })).toEqual({ editionId: draft.id });
      // Without an address: the current edition.
      const current = await createEvent({ actor: testAdmin, input: eventInputSchema.parse(lilleForm({ slug: "lille-courante" })), now: NOW });
      expect((await db.event.findUniqueOrThrow({ where: { id: current.id }, include: { edition: true } })).edition.status).toBe("CURRENT");

      const events = await db.event.count();
      for (const [slug, code] of [
        ["rencontres-1999", "EDITION_PAST"],
        ["rencontres-inconnue", "EDITION_NOT_FOUND"],
      ] as const) {
        const error = await createEvent({ actor: testAdmin, input: eventInputSchema.parse(lilleForm({ slug: "lille-refusee" })), edition: slug, now: NOW }).catch((caught: unknown) => caught);
        expect(error).toMatchObject({ code, field: "edition" });
      }
      expect(await db.event.count()).toBe(events);
    } finally {
      await db.event.deleteMany({ where: { slug: { in: ["lille-2099", "lille-courante"] } } });
      await db.edition.deleteMany({ where: { id: { in: [draft.id, past.id] } } });
    }
  });
});

describe("updateEvent", () => {
  it("hands the new places of a raised capacity to the waiting list", async () => {
    const nancy = await eventBySlug("nancy");
    await changeCapacity({ eventId: nancy.id, capacity: 2, actor: testAdmin, now: NOW });
    const outcomes = await register("nancy", 4);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED"]);

    const { handedOut, changes, event } = await updateEvent({ actor: testAdmin, eventId: nancy.id, input: await editedInput("nancy", { capacity: "4" }), now: NOW });
    expect(changes).toEqual([]);
    expect(event.capacity).toBe(4);
    expect(handedOut).toEqual([
      { registrationId: outcomes[2].registrationId, status: "OFFERED" },
      { registrationId: outcomes[3].registrationId, status: "OFFERED" },
    ]);
    const waiting = await db.registration.findMany({ where: { id: { in: [outcomes[2].registrationId, outcomes[3].registrationId] } } });
    expect(waiting.map((registration) => registration.status)).toEqual(["OFFERED", "OFFERED"]);
    expect(await db.seat.count({ where: { eventId: nancy.id } })).toBe(4);
    expect(await heldSeats(nancy.id)).toBe(4);
    expect(await db.outboxEmail.count({ where: { kind: "PLACE_OFFERED", registration: { eventId: nancy.id } } })).toBe(2);

    const stored = await eventBySlug("nancy");
    expect(stored.capacity).toBe(4);
    // Places are not a date, a time or a place: calendars stay as they are, nothing to announce.
    expect(stored.calendarSequence).toBe(nancy.calendarSequence);
    expect(await db.programmeChange.count({ where: { eventId: nancy.id } })).toBe(0);

    const journal = await auditOf(nancy.id);
    // The waiting list's offers are in the day's journal, by the app; the capacity changes by the admin.
    const offers = journal.filter((entry) => entry.action === "registration.waitlist.offered");
    expect(offers.map((entry) => entry.entityId).sort()).toEqual([outcomes[2].registrationId, outcomes[3].registrationId].sort());
    expect(offers.every((entry) => entry.actorKind === "SYSTEM")).toBe(true);
    const audit = journal.filter((entry) => entry.entityType === "Event");
    expect(audit.map((entry) => entry.action)).toEqual(["event.capacity.changed", "event.capacity.changed"]);
    expect(audit.find((entry) => (entry.after as { capacity: number }).capacity === 4)).toMatchObject({
      ...BY_ADMIN,
      entityType: "Event",
      entityId: nancy.id,
      before: { capacity: 2 },
      after: { capacity: 4 },
    });
  });

  it("refuses a capacity below the places held and changes nothing else of the edit", async () => {
    const bordeaux = await eventBySlug("bordeaux");
    await changeCapacity({ eventId: bordeaux.id, capacity: 3, actor: testAdmin, now: NOW });
    await register("bordeaux", 3);
    const before = await eventBySlug("bordeaux");
    const auditBefore = await auditOf(bordeaux.id);

    const input = await editedInput("bordeaux", { capacity: "2", title: "Journée régionale de Bordeaux Métropole", date: "2030-09-13", venue: "Hôtel de Région" });
    const error = await updateEvent({ actor: testAdmin, eventId: bordeaux.id, input, now: NOW }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "CAPACITY_BELOW_HELD", detail: "3 places attribuées", field: "capacity" });

    expect(await eventBySlug("bordeaux")).toEqual(before);
    expect(await db.seat.count({ where: { eventId: bordeaux.id } })).toBe(3);
    expect(await heldSeats(bordeaux.id)).toBe(3);
    expect(await auditOf(bordeaux.id)).toEqual(auditBefore);
    expect(await db.programmeChange.count({ where: { eventId: bordeaux.id } })).toBe(0);
  });

  it("moves the national day's programme to a new date at the same Paris times, and keeps the change to announce", async () => {
    const national = await eventBySlug("journee-nationale");
    const items = await db.programmeItem.findMany({ where: { eventId: national.id }, orderBy: { position: "asc" } });
    expect(items).toHaveLength(10);

    // From summer time (UTC+2) to winter time (UTC+1): the wall clock must stay, not the UTC time.
    const { event, changes } = await updateEvent({ actor: testAdmin, eventId: national.id, input: await editedInput("journee-nationale", { date: "2030-11-14" }), now: NOW });
    const expectedChange = "Nouvel horaire : jeudi 14 novembre 2030, 9 h 30 – 17 h (au lieu de mercredi 26 juin 2030, 9 h 30 – 17 h).";
    expect(changes).toEqual([expectedChange]);
    expect(event.startsAt).toEqual(parisTime(2030, 11, 14, 9, 30));
    expect(event.endsAt).toEqual(parisTime(2030, 11, 14, 17, 0));
    expect(event.calendarSequence).toBe(national.calendarSequence + 1);
    expect((await eventBySlug("journee-nationale")).calendarSequence).toBe(national.calendarSequence + 1);

    const moved = await db.programmeItem.findMany({ where: { eventId: national.id }, orderBy: { position: "asc" } });
    expect(moved.map((item) => item.id)).toEqual(items.map((item) => item.id));
    for (const [i, item] of moved.entries()) {
      expect(formatLongDate(item.startsAt)).toBe("jeudi 14 novembre 2030");
      expect(formatTime(item.startsAt)).toBe(formatTime(items[i].startsAt));
      expect(formatTime(item.endsAt!)).toBe(formatTime(items[i].endsAt!));
    }
    expect(moved[0].startsAt).toEqual(parisTime(2030, 11, 14, 9, 30));
    expect(moved[0].endsAt).toEqual(parisTime(2030, 11, 14, 10, 0));
    expect(moved.at(-1)!.startsAt).toEqual(parisTime(2030, 11, 14, 16, 30));
    expect(moved.at(-1)!.endsAt).toEqual(parisTime(2030, 11, 14, 17, 0));

    const pending = await db.programmeChange.findMany({ where: { eventId: national.id } });
    expect(pending).toMatchObject([{ text: expectedChange, announcedAt: null }]);

    const audit = await auditOf(national.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ ...BY_ADMIN, action: "event.schedule.changed", entityType: "Event", entityId: national.id, eventId: national.id });
    expect(audit[0].before).toEqual({ startsAt: national.startsAt.toISOString(), endsAt: national.endsAt.toISOString() });
    expect(audit[0].after).toEqual({ startsAt: parisTime(2030, 11, 14, 9, 30).toISOString(), endsAt: parisTime(2030, 11, 14, 17, 0).toISOString() });

    const publicProgramme = (await getEvent("journee-nationale", NOW))!.programme;
    expect(publicProgramme[0].startsAt).toEqual(parisTime(2030, 11, 14, 9, 30));
  });

  it("records a change of title alone as an update, with nothing to announce", async () => {
    const rennes = await eventBySlug("rennes");
    const { changes, handedOut, event } = await updateEvent({
      actor: testAdmin,
      eventId: rennes.id,
      input: await editedInput("rennes", { title: "Journée régionale de Rennes Métropole" }),
      now: NOW,
    });
    expect(changes).toEqual([]);
    expect(handedOut).toEqual([]);
    expect(event.title).toBe("Journée régionale de Rennes Métropole");

    const stored = await eventBySlug("rennes");
    expect(stored).toMatchObject({ title: "Journée régionale de Rennes Métropole", calendarSequence: rennes.calendarSequence, startsAt: rennes.startsAt, capacity: rennes.capacity });
    expect(await db.programmeChange.count({ where: { eventId: rennes.id } })).toBe(0);

    const audit = await auditOf(rennes.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ ...BY_ADMIN, action: "event.updated", entityType: "Event", entityId: rennes.id, eventId: rennes.id });
    expect(audit[0].before).toEqual({ title: "Journée régionale de Rennes" });
    expect(audit[0].after).toEqual({ title: "Journée régionale de Rennes Métropole" });
  });

  it("sets who signs the day's attendance certificates, audited before and after, with nothing to announce", async () => {
    const bordeaux = await eventBySlug("bordeaux");
    const earlier = (await auditOf(bordeaux.id)).length;
    expect(eventFormValues(bordeaux)).toMatchObject({ certificateSignatoryName: "", certificateSignatoryTitle: "" });
    const signatory = { certificateSignatoryName: "Claire Fontaine", certificateSignatoryTitle: "vice-présidente du conseil régional, chargée de l'ESS" };
    const { changes } = await updateEvent({ actor: testAdmin, eventId: bordeaux.id, input: await editedInput("bordeaux", signatory), now: NOW });
    expect(changes).toEqual([]);
    expect(await eventBySlug("bordeaux")).toMatchObject(signatory);
    expect(eventFormValues(await eventBySlug("bordeaux"))).toMatchObject(signatory);

    const audit = (await auditOf(bordeaux.id)).slice(earlier);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ ...BY_ADMIN, action: "event.updated", entityId: bordeaux.id });
    expect(audit[0].before).toEqual({ certificateSignatoryName: null, certificateSignatoryTitle: null });
    expect(audit[0].after).toEqual(signatory);

    // Emptied: no signatory any more, and the journal says so.
    await updateEvent({ actor: testAdmin, eventId: bordeaux.id, input: await editedInput("bordeaux", { certificateSignatoryName: "", certificateSignatoryTitle: "" }), now: NOW });
    expect(await eventBySlug("bordeaux")).toMatchObject({ certificateSignatoryName: null, certificateSignatoryTitle: null });
    expect((await auditOf(bordeaux.id))[earlier + 1].after).toEqual({ certificateSignatoryName: null, certificateSignatoryTitle: null });
  });

  it("sends the certificates by email the morning after by default, at a time the admin sets, audited", async () => {
    const created = await createEvent({ actor: testAdmin, input: eventInputSchema.parse(lilleForm({ slug: "lille-attestations", title: "Journée de Lille (attestations)" })), now: NOW });
    expect(created).toMatchObject({ certificatesByEmail: true, certificatesEmailTime: "09:00" });
    expect(eventFormValues(created)).toMatchObject({ certificatesByEmail: "oui", certificatesEmailTime: "09:00" });

    const grenoble = await eventBySlug("grenoble");
    const earlier = (await auditOf(grenoble.id)).length;
    await updateEvent({ actor: testAdmin, eventId: grenoble.id, input: await editedInput("grenoble", { certificatesByEmail: "non", certificatesEmailTime: "10:30" }), now: NOW });
    expect(await eventBySlug("grenoble")).toMatchObject({ certificatesByEmail: false, certificatesEmailTime: "10:30" });
    const audit = (await auditOf(grenoble.id)).slice(earlier);
    expect(audit.map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      ["event.updated", { certificatesByEmail: true, certificatesEmailTime: "09:00" }, { certificatesByEmail: false, certificatesEmailTime: "10:30" }],
    ]);

    const refused = eventInputSchema.safeParse({ ...eventFormValues(await eventBySlug("grenoble")), certificatesEmailTime: "25:00", certificatesByEmail: "peut-être" });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual(
      expect.arrayContaining([
        ["certificatesEmailTime", "Indiquez l'heure d'envoi des attestations au format hh:mm, par exemple 09:30."],
        ["certificatesByEmail", "Choisissez si les attestations sont envoyées par email."],
      ]),
    );
  });

  it("moves its registrations to the new day, unless someone already holds another event that day", async () => {
    const nancy = await eventBySlug("nancy");
    const { registrations, manageToken } = await createRegistrations({ input: person(++n, ["nancy"]), now: NOW });
    const moveTo = (date: string) => updateEvent({ actor: testAdmin, eventId: nancy.id, input: eventInputSchema.parse({ ...eventFormValues(nancy), date }), now: NOW });
    await moveTo("2030-09-13");
    expect(await db.registration.findUniqueOrThrow({ where: { id: registrations[0].registrationId } })).toMatchObject({ activeDay: "2030-09-13" });
    // Now free on the 12th, the same person may take another regional day of that date.
    expect(await createRegistrations({ input: person(n, ["rennes"]), now: NOW })).toMatchObject({ outcome: "CHECK_MAILBOX" });
    const added = await addDaysByLink({ token: await lastJoinToken(person(n, []).email), now: NOW });
    expect(added.registrations).toMatchObject([{ event: { slug: "rennes" }, status: "CONFIRMED" }]);
    expect(manageToken).not.toBeNull();

    const moved = await eventBySlug("nancy");
    await expect(
      updateEvent({ actor: testAdmin, eventId: nancy.id, input: eventInputSchema.parse({ ...eventFormValues(moved), date: "2030-09-12" }), now: NOW }),
    ).rejects.toMatchObject({ code: "DAY_CLASH", detail: "1 personne", field: "date" });
    expect((await eventBySlug("nancy")).startsAt).toEqual(moved.startsAt);
  });

  it("refuses hours that leave programme items outside them", async () => {
    const national = await eventBySlug("journee-nationale");
    await expect(
      updateEvent({ actor: testAdmin, eventId: national.id, input: eventInputSchema.parse({ ...eventFormValues(national), startTime: "10:00" }), now: NOW }),
    ).rejects.toMatchObject({ code: "PROGRAMME_OUTSIDE_HOURS" });
    expect((await eventBySlug("journee-nationale")).startsAt).toEqual(national.startsAt);
  });

  it("refuses a slug another event has, on the slug field", async () => {
    await createEvent({ actor: testAdmin, input: eventInputSchema.parse(lilleForm({ slug: "lille-doublon" })), now: NOW });
    const draft = await eventBySlug("lille-doublon");
    const auditBefore = await auditOf(draft.id);
    const error = await updateEvent({ actor: testAdmin, eventId: draft.id, input: await editedInput("lille-doublon", { slug: "nancy", title: "Lille bis" }), now: NOW }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "SLUG_TAKEN", field: "slug" });
    expect(await db.event.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(draft);
    expect(await auditOf(draft.id)).toEqual(auditBefore);
  });

  it("keeps a day's address for good once it is published or anybody registered: old emailed links open that day", async () => {
    const refused = async (slug: string) => {
      const event = await eventBySlug(slug);
      const auditBefore = await auditOf(event.id);
      const error = await updateEvent({ actor: testAdmin, eventId: event.id, input: await editedInput(slug, { slug: `${slug}-nouvelle`, title: "Nouveau titre" }), now: NOW }).catch(
        (caught: unknown) => caught,
      );
      expect(error, slug).toMatchObject({ code: "DAY_SLUG_LOCKED", field: "slug" });
      expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
      expect(await auditOf(event.id)).toEqual(auditBefore);
    };
    // Published, even with nobody registered; closed to registration too.
    await refused("grenoble");
    await db.event.update({ where: { slug: "bordeaux" }, data: { status: "CLOSED" } });
    await refused("bordeaux");
    await db.event.update({ where: { slug: "bordeaux" }, data: { status: "PUBLISHED" } });
    // Unpublished again after someone registered (cancelled since: they were emailed links all the same).
    const draft = await createEvent({ actor: testAdmin, input: eventInputSchema.parse(lilleForm({ slug: "lille-adresse" })), now: NOW });
    await setEventStatus({ actor: testAdmin, eventId: draft.id, status: "PUBLISHED" });
    const [registration] = await register("lille-adresse", 1);
    await db.registration.update({ where: { id: registration.registrationId }, data: { status: "CANCELLED" } });
    await setEventStatus({ actor: testAdmin, eventId: draft.id, status: "DRAFT" });
    await refused("lille-adresse");
    // The rest of the edit goes through when the address stays.
    await updateEvent({ actor: testAdmin, eventId: draft.id, input: await editedInput("lille-adresse", { title: "Journée de Lille, nouveau titre" }), now: NOW });
    expect((await eventBySlug("lille-adresse")).title).toBe("Journée de Lille, nouveau titre");
  });

  it("changes the address of a draft nobody registered for, audited", async () => {
    const draft = await createEvent({ actor: testAdmin, input: eventInputSchema.parse(lilleForm({ slug: "lille-brouillon" })), now: NOW });
    await updateEvent({ actor: testAdmin, eventId: draft.id, input: await editedInput("lille-brouillon", { slug: "lille-definitive" }), now: NOW });
    expect((await db.event.findUniqueOrThrow({ where: { id: draft.id } })).slug).toBe("lille-definitive");
    expect((await auditOf(draft.id)).at(-1)).toMatchObject({ action: "event.updated", before: { slug: "lille-brouillon" }, after: { slug: "lille-definitive" } });
  });
});

describe("setEventStatus", () => {
  it("hides an unpublished event from the public, shows it again once published, and audits each change", async () => {
    const grenoble = await eventBySlug("grenoble");
    const auditBefore = await auditOf(grenoble.id);
    expect((await listEvents(NOW)).map((event) => event.slug)).toContain("grenoble");
    expect(await getEvent("grenoble", NOW)).not.toBeNull();

    await setEventStatus({ actor: testAdmin, eventId: grenoble.id, status: "DRAFT" });
    expect((await eventBySlug("grenoble")).status).toBe("DRAFT");
    const listed = (await listEvents(NOW)).map((event) => event.slug);
    expect(listed).not.toContain("grenoble");
    expect(listed).toContain("nancy");
    expect(await getEvent("grenoble", NOW)).toBeNull();

    const unpublished = (await auditOf(grenoble.id)).slice(auditBefore.length);
    expect(unpublished).toHaveLength(1);
    expect(unpublished[0]).toMatchObject({
      ...BY_ADMIN,
      action: "event.status.changed",
      entityType: "Event",
      entityId: grenoble.id,
      eventId: grenoble.id,
      before: { status: "PUBLISHED" },
      after: { status: "DRAFT" },
    });

    // The same status again is no change: nothing more in the journal.
    await setEventStatus({ actor: testAdmin, eventId: grenoble.id, status: "DRAFT" });
    expect(await auditOf(grenoble.id)).toHaveLength(auditBefore.length + 1);

    await setEventStatus({ actor: testAdmin, eventId: grenoble.id, status: "PUBLISHED" });
    expect((await listEvents(NOW)).map((event) => event.slug)).toContain("grenoble");
    expect((await getEvent("grenoble", NOW))?.slug).toBe("grenoble");
    const statusChanges = (await auditOf(grenoble.id)).filter((entry) => entry.action === "event.status.changed");
    expect(statusChanges.map((entry) => entry.after)).toEqual(expect.arrayContaining([{ status: "DRAFT" }, { status: "PUBLISHED" }]));
    expect(statusChanges).toHaveLength(2);
  });

  it("refuses an unknown event", async () => {
    await expect(setEventStatus({ actor: testAdmin, eventId: "inconnu", status: "CLOSED" })).rejects.toMatchObject({ code: "RECORD_NOT_FOUND" });
  });
});
