import { registerNew } from "../../tests/support/register";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { AppError } from "../errors";
import { parisTime } from "../dates";
import { seedDatabase } from "../../prisma/seed";
import { person } from "../../tests/support/people";
import { removeAttendees } from "../../tests/support/reset";
import { testAdmin } from "../../tests/support/actors";
import { attendeeActor } from "../audit/actor";
import { getEvent } from "../events/get-event";
import { changeCapacity } from "../registrations/change-capacity";
import { cancelRegistrations } from "../registrations/cancel-registrations";
import { announceProgrammeChanges } from "./announce-programme-changes";
import { confirmSpeaker } from "./confirm-speaker";
import { deleteProgrammeItem } from "./delete-programme-item";
import { programmeItemFormValues } from "./item-form";
import { linkSpeaker } from "./link-speaker";
import { moveProgrammeItem } from "./move-programme-item";
import { previewAnnouncement } from "../mail/preview-announcement";
import { saveProgrammeItem } from "./save-programme-item";
import { saveSpeaker } from "./save-speaker";
import { programmeItemInputSchema, speakerInputSchema } from "./schema";
import { unlinkSpeaker } from "./unlink-speaker";

const NOW = new Date("2030-02-01T10:00:00Z");
let n = 0;

beforeAll(() => seedDatabase(db, { year: 2030 }));
// Tests that register people start with nobody registered. Tests that change the national day's
// programme put it back as it was; the announcement tests work on regional days of their own.
beforeEach(() => removeAttendees(db));

const BY_ADMIN = { actorKind: "USER", actorId: testAdmin.userId, actorLabel: testAdmin.email } as const;

const eventBySlug = (slug: string) => db.event.findUniqueOrThrow({ where: { slug } });
const programmeOf = (eventId: string) => db.programmeItem.findMany({ where: { eventId }, orderBy: { position: "asc" } });
const itemTitled = (title: string) => db.programmeItem.findFirstOrThrow({ where: { title }, include: { event: true } });

/** A programme item as the back-office form sends it. */
const itemInput = (fields: { title: string; startTime: string; endTime?: string; kind?: string; description?: string }) =>
  programmeItemInputSchema.parse({ kind: "ROUND_TABLE", description: "", endTime: "", ...fields });

/** The ProgrammeChange rows an operation adds to an event, by text. */
async function changesRecordedBy(eventId: string, operation: () => Promise<unknown>): Promise<string[]> {
  const known = new Set((await db.programmeChange.findMany({ where: { eventId }, select: { id: true } })).map((change) => change.id));
  await operation();
  const all = await db.programmeChange.findMany({ where: { eventId }, orderBy: { createdAt: "asc" } });
  return all.filter((change) => !known.has(change.id)).map((change) => change.text);
}

/** The latest audit entry about an entity for an action. */
const lastAudit = async (entityId: string, action: string) =>
  (await db.auditEntry.findMany({ where: { entityId, action }, orderBy: { createdAt: "desc" }, take: 1 }))[0];

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error("expected a rejection"),
    (error: unknown) => error,
  );
}

describe("saveProgrammeItem", () => {
  it("refuses times outside the event's hours, on the field at fault, and writes nothing", async () => {
    const national = await eventBySlug("journee-nationale");
    const before = await programmeOf(national.id);
    const hours = "de 9 h 30 à 17 h";

    for (const [times, field] of [
      [{ startTime: "09:00", endTime: "10:00" }, "startTime"],
      [{ startTime: "17:00", endTime: "" }, "startTime"],
      [{ startTime: "16:30", endTime: "17:30" }, "endTime"],
    ] as const) {
      const error = await caught(saveProgrammeItem({ actor: testAdmin, eventId: national.id, input: itemInput({ title: "Trop tôt ou trop tard", ...times }) }));
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "OUTSIDE_EVENT_DAY", field, detail: hours });
    }

    // Editing an existing item is held to the same hours.
    const opening = before[0];
    const error = await caught(
      saveProgrammeItem({ actor: testAdmin, eventId: national.id, itemId: opening.id, input: itemInput({ ...programmeItemFormValues(opening), startTime: "08:30" }) }),
    );
    expect(error).toMatchObject({ code: "OUTSIDE_EVENT_DAY", field: "startTime" });
    expect(await programmeOf(national.id)).toEqual(before);
  });

  it("places a new item chronologically among the national day's items, after those starting at the same time", async () => {
    const national = await eventBySlug("journee-nationale");
    const before = await programmeOf(national.id);
    const titles = before.map((item) => item.title);

    let workshop!: Awaited<ReturnType<typeof saveProgrammeItem>>;
    const recorded = await changesRecordedBy(national.id, async () => {
      workshop = await saveProgrammeItem({
        actor: testAdmin,
        eventId: national.id,
        input: itemInput({ kind: "EXCHANGE", title: "Atelier des territoires", startTime: "11:00", endTime: "11:30" }),
      });
    });
    expect(recorded).toEqual([]);
    expect(workshop).toMatchObject({ startsAt: parisTime(2030, 6, 26, 11, 0), endsAt: parisTime(2030, 6, 26, 11, 30), description: null });

    let programme = await programmeOf(national.id);
    expect(programme.map((item) => item.position)).toEqual(Array.from({ length: 11 }, (_, i) => i));
    // After the round table of 10 h 45, before the exchange of 12 h.
    expect(programme.map((item) => item.title)).toEqual([...titles.slice(0, 3), "Atelier des territoires", ...titles.slice(3)]);
    expect(await lastAudit(workshop.id, "programme.item.created")).toMatchObject({
      ...BY_ADMIN,
      entityType: "ProgrammeItem",
      eventId: national.id,
      before: null,
      after: { kind: "EXCHANGE", title: "Atelier des territoires", startsAt: parisTime(2030, 6, 26, 11, 0).toISOString() },
    });

    // Starting with the lunch, without an end: after the lunch, which was there first.
    const aside = await saveProgrammeItem({ actor: testAdmin, eventId: national.id, input: itemInput({ kind: "EXCHANGE", title: "Stands des réseaux", startTime: "12:30" }) });
    expect(aside.endsAt).toBeNull();
    programme = await programmeOf(national.id);
    const lunchAt = programme.findIndex((item) => item.title === "Déjeuner");
    expect(programme[lunchAt + 1].title).toBe("Stands des réseaux");
    expect(programme.map((item) => item.position)).toEqual(Array.from({ length: 12 }, (_, i) => i));

    await deleteProgrammeItem({ actor: testAdmin, itemId: workshop.id });
    await deleteProgrammeItem({ actor: testAdmin, itemId: aside.id });
    expect((await programmeOf(national.id)).map((item) => [item.title, item.position])).toEqual(before.map((item) => [item.title, item.position]));
  });

  it("re-places an item whose times change, keeps the change to announce, and audits before and after", async () => {
    const synthesis = await itemTitled("Synthèse de la journée");
    const national = synthesis.event;
    const before = await programmeOf(national.id);
    const form = programmeItemFormValues(synthesis);
    expect(form).toMatchObject({ startTime: "16:15", endTime: "16:30" });

    const recorded = await changesRecordedBy(national.id, () =>
      saveProgrammeItem({ actor: testAdmin, eventId: national.id, itemId: synthesis.id, input: itemInput({ ...form, startTime: "09:45", endTime: "10:00" }) }),
    );
    expect(recorded).toEqual(["Nouvel horaire pour « Synthèse de la journée » : 9 h 45 – 10 h (au lieu de 16 h 15 – 16 h 30)."]);
    const pending = await db.programmeChange.findMany({ where: { eventId: national.id, text: recorded[0] } });
    expect(pending.map((change) => change.announcedAt)).toEqual([null]);

    const programme = await programmeOf(national.id);
    expect(programme.map((item) => item.position)).toEqual(before.map((item) => item.position));
    expect(programme[1]).toMatchObject({ id: synthesis.id, startsAt: parisTime(2030, 6, 26, 9, 45), endsAt: parisTime(2030, 6, 26, 10, 0) });
    expect(programme.map((item) => item.id)).toEqual([before[0].id, synthesis.id, ...before.slice(1).filter((item) => item.id !== synthesis.id).map((item) => item.id)]);

    const audit = await lastAudit(synthesis.id, "programme.item.updated");
    expect(audit).toMatchObject({ ...BY_ADMIN, entityType: "ProgrammeItem", eventId: national.id });
    expect(audit.before).toMatchObject({ startsAt: parisTime(2030, 6, 26, 16, 15).toISOString(), endsAt: parisTime(2030, 6, 26, 16, 30).toISOString() });
    expect(audit.after).toMatchObject({ startsAt: parisTime(2030, 6, 26, 9, 45).toISOString(), endsAt: parisTime(2030, 6, 26, 10, 0).toISOString() });

    // A new title alone neither moves the item nor needs an announcement.
    const renamed = await changesRecordedBy(national.id, () =>
      saveProgrammeItem({ actor: testAdmin, eventId: national.id, itemId: synthesis.id, input: itemInput({ ...form, startTime: "09:45", endTime: "10:00", title: "Synthèse" }) }),
    );
    expect(renamed).toEqual([]);
    expect((await programmeOf(national.id))[1]).toMatchObject({ id: synthesis.id, title: "Synthèse" });

    // Back to its times and title: back to its place.
    await saveProgrammeItem({ actor: testAdmin, eventId: national.id, itemId: synthesis.id, input: itemInput(form) });
    expect((await programmeOf(national.id)).map((item) => [item.id, item.position, item.startsAt])).toEqual(before.map((item) => [item.id, item.position, item.startsAt]));
  });
});

describe("moveProgrammeItem", () => {
  it("swaps an item with its neighbour, and does nothing at either end", async () => {
    const national = await eventBySlug("journee-nationale");
    const before = await programmeOf(national.id);
    const ids = before.map((item) => item.id);

    await moveProgrammeItem({ actor: testAdmin, itemId: ids[1], direction: "up" });
    const programme = await programmeOf(national.id);
    expect(programme.map((item) => item.id)).toEqual([ids[1], ids[0], ...ids.slice(2)]);
    expect(programme.map((item) => item.position)).toEqual(before.map((item) => item.position));
    expect(await lastAudit(ids[1], "programme.item.moved")).toMatchObject({
      ...BY_ADMIN,
      entityType: "ProgrammeItem",
      eventId: national.id,
      before: { position: 2 },
      after: { position: 1 },
    });

    await moveProgrammeItem({ actor: testAdmin, itemId: ids[1], direction: "down" });
    expect((await programmeOf(national.id)).map((item) => item.id)).toEqual(ids);

    const moves = () => db.auditEntry.count({ where: { eventId: national.id, action: "programme.item.moved" } });
    const movesBefore = await moves();
    await moveProgrammeItem({ actor: testAdmin, itemId: ids[0], direction: "up" });
    await moveProgrammeItem({ actor: testAdmin, itemId: ids.at(-1)!, direction: "down" });
    expect((await programmeOf(national.id)).map((item) => [item.id, item.position])).toEqual(before.map((item) => [item.id, item.position]));
    expect(await moves()).toBe(movesBefore);
  });

  it("refuses an unknown item", async () => {
    await expect(moveProgrammeItem({ actor: testAdmin, itemId: "inconnu", direction: "up" })).rejects.toMatchObject({ code: "RECORD_NOT_FOUND" });
  });
});

describe("deleteProgrammeItem", () => {
  it("renumbers the remaining items, keeps the speakers, tells what was removed and audits it", async () => {
    const nancy = await eventBySlug("nancy");
    const save = (title: string, startTime: string, endTime: string) =>
      saveProgrammeItem({ actor: testAdmin, eventId: nancy.id, input: itemInput({ title, startTime, endTime }) });
    const morning = await save("Accueil", "09:30", "10:00");
    const middle = await save("Table ronde régionale", "10:00", "11:00");
    const afternoon = await save("Ateliers", "14:00", "16:00");
    const speaker = await saveSpeaker({ actor: testAdmin, input: speakerInputSchema.parse({ name: "Mathieu Klein", title: "président du conseil général" }) });
    await linkSpeaker({ actor: testAdmin, itemId: middle.id, speakerId: speaker.id, confirmed: true });
    expect((await programmeOf(nancy.id)).map((item) => item.position)).toEqual([0, 1, 2]);

    const recorded = await changesRecordedBy(nancy.id, () => deleteProgrammeItem({ actor: testAdmin, itemId: middle.id }));
    expect(recorded).toEqual(["Séquence retirée du programme : « Table ronde régionale » (10 h – 11 h)."]);

    const programme = await programmeOf(nancy.id);
    expect(programme.map((item) => [item.id, item.position])).toEqual([
      [morning.id, 0],
      [afternoon.id, 1],
    ]);
    expect(await db.programmeItem.findUnique({ where: { id: middle.id } })).toBeNull();
    expect(await db.programmeItemSpeaker.count({ where: { programmeItemId: middle.id } })).toBe(0);
    expect(await db.speaker.findUnique({ where: { id: speaker.id } })).not.toBeNull();

    expect(await lastAudit(middle.id, "programme.item.deleted")).toMatchObject({
      ...BY_ADMIN,
      entityType: "ProgrammeItem",
      eventId: nancy.id,
      before: { title: "Table ronde régionale", kind: "ROUND_TABLE", startsAt: parisTime(2030, 9, 12, 10, 0).toISOString(), speakers: ["Mathieu Klein"] },
      after: null,
    });
    await expect(deleteProgrammeItem({ actor: testAdmin, itemId: middle.id })).rejects.toMatchObject({ code: "RECORD_NOT_FOUND" });
  });
});

describe("speakers", () => {
  it("refuses a second speaker with the same name, when adding or renaming one", async () => {
    const created = await saveSpeaker({ actor: testAdmin, input: speakerInputSchema.parse({ name: "Carole Delga", title: "" }) });
    expect(created).toMatchObject({ name: "Carole Delga", title: null });
    expect(await lastAudit(created.id, "speaker.created")).toMatchObject({ ...BY_ADMIN, entityType: "Speaker", eventId: null, after: { name: "Carole Delga", title: null } });

    const duplicate = await caught(saveSpeaker({ actor: testAdmin, input: speakerInputSchema.parse({ name: "Benoît Hamon", title: "ministre" }) }));
    expect(duplicate).toBeInstanceOf(AppError);
    expect(duplicate).toMatchObject({ code: "SPEAKER_NAME_TAKEN", field: "name", detail: "Benoît Hamon" });
    expect(await db.speaker.count({ where: { name: "Benoît Hamon" } })).toBe(1);

    const renamed = await caught(saveSpeaker({ actor: testAdmin, speakerId: created.id, input: speakerInputSchema.parse({ name: "Benoît Hamon" }) }));
    expect(renamed).toMatchObject({ code: "SPEAKER_NAME_TAKEN", field: "name" });
    expect(await db.speaker.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ name: "Carole Delga" });
    expect(await db.auditEntry.count({ where: { entityId: created.id } })).toBe(1);
  });

  it("links a speaker « sous réserve » after the item's others, once, then confirms and unlinks them, as the public programme shows", async () => {
    const keynote = await db.programmeItem.findFirstOrThrow({ where: { kind: "KEYNOTE" }, include: { event: true } });
    const national = keynote.event;
    const speaker = await saveSpeaker({ actor: testAdmin, input: speakerInputSchema.parse({ name: "Jean-Marc Ayrault", title: "Premier ministre" }) });
    const publicKeynote = async () => (await getEvent("journee-nationale", NOW))!.programme.find((item) => item.kind === "KEYNOTE")!;
    const speakersBefore = (await publicKeynote()).speakers;
    expect(speakersBefore.map((part) => part.name)).toEqual(["Premier ministre", "Marylise Lebranchu"]);

    const linked = await changesRecordedBy(national.id, () => linkSpeaker({ actor: testAdmin, itemId: keynote.id, speakerId: speaker.id, confirmed: false }));
    expect(linked).toEqual([`Jean-Marc Ayrault interviendra (sous réserve) : « ${keynote.title} » (10 h – 10 h 45).`]);
    expect((await publicKeynote()).speakers).toEqual([...speakersBefore, { name: "Jean-Marc Ayrault", title: "Premier ministre", confirmed: false }]);
    expect(await lastAudit(keynote.id, "programme.speaker.linked")).toMatchObject({ ...BY_ADMIN, eventId: national.id, after: { speaker: "Jean-Marc Ayrault", confirmed: false } });

    const twice = await changesRecordedBy(national.id, async () => {
      const error = await caught(linkSpeaker({ actor: testAdmin, itemId: keynote.id, speakerId: speaker.id, confirmed: true }));
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "SPEAKER_ALREADY_LINKED", field: "speakerId", detail: "Jean-Marc Ayrault" });
    });
    expect(twice).toEqual([]);
    expect(await db.programmeItemSpeaker.count({ where: { programmeItemId: keynote.id, speakerId: speaker.id } })).toBe(1);

    let result!: { change: string | null };
    const confirmed = await changesRecordedBy(national.id, async () => {
      result = await confirmSpeaker({ actor: testAdmin, programmeItemId: keynote.id, speakerId: speaker.id });
    });
    const confirmation = `Jean-Marc Ayrault confirme sa participation : « ${keynote.title} » (10 h – 10 h 45).`;
    expect(result.change).toBe(confirmation);
    expect(confirmed).toEqual([confirmation]);
    expect((await publicKeynote()).speakers.at(-1)).toEqual({ name: "Jean-Marc Ayrault", title: "Premier ministre", confirmed: true });
    expect(await lastAudit(keynote.id, "programme.speaker.confirmed")).toMatchObject({
      ...BY_ADMIN,
      before: { speaker: "Jean-Marc Ayrault", confirmed: false },
      after: { speaker: "Jean-Marc Ayrault", confirmed: true },
    });

    // Confirming again is no news.
    const again = await changesRecordedBy(national.id, async () => {
      expect(await confirmSpeaker({ actor: testAdmin, programmeItemId: keynote.id, speakerId: speaker.id })).toEqual({ change: null });
    });
    expect(again).toEqual([]);

    const unlinked = await changesRecordedBy(national.id, () => unlinkSpeaker({ actor: testAdmin, itemId: keynote.id, speakerId: speaker.id }));
    expect(unlinked).toEqual([`Jean-Marc Ayrault n'interviendra plus : « ${keynote.title} » (10 h – 10 h 45).`]);
    expect((await publicKeynote()).speakers).toEqual(speakersBefore);
    expect(await db.speaker.findUnique({ where: { id: speaker.id } })).not.toBeNull();
    expect(await lastAudit(keynote.id, "programme.speaker.unlinked")).toMatchObject({ ...BY_ADMIN, before: { speaker: "Jean-Marc Ayrault", confirmed: true } });
    await expect(unlinkSpeaker({ actor: testAdmin, itemId: keynote.id, speakerId: speaker.id })).rejects.toMatchObject({ code: "RECORD_NOT_FOUND" });
    await expect(confirmSpeaker({ actor: testAdmin, programmeItemId: keynote.id, speakerId: speaker.id })).rejects.toMatchObject({ code: "RECORD_NOT_FOUND" });
  });
});

describe("announcing programme changes", () => {
  /** Adds an item to a regional day and moves it an hour later: one change to announce. */
  async function pendingChange(slug: string, title: string) {
    const event = await eventBySlug(slug);
    const item = await saveProgrammeItem({ actor: testAdmin, eventId: event.id, input: itemInput({ title, startTime: "10:00", endTime: "11:00" }) });
    await saveProgrammeItem({ actor: testAdmin, eventId: event.id, itemId: item.id, input: itemInput({ title, startTime: "11:00", endTime: "12:00" }) });
    const [change] = await db.programmeChange.findMany({ where: { eventId: event.id, announcedAt: null }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(change.text).toBe(`Nouvel horaire pour « ${title} » : 11 h – 12 h (au lieu de 10 h – 11 h).`);
    return { event, change };
  }

  const register = (slug: string) => registerNew({ input: person(++n, [slug]), now: NOW });
  const programmeEmails = (eventId: string) =>
    db.outboxEmail.findMany({ where: { kind: "PROGRAMME_CHANGED", registration: { eventId } }, include: { registration: true } });

  it("previews the pending changes and their confirmed recipients, then emails the confirmed attendees only", async () => {
    const { event, change } = await pendingChange("rennes", "Table ronde régionale");
    await changeCapacity({ eventId: event.id, capacity: 3, actor: testAdmin, now: NOW });
    const stays = await register("rennes");
    const leaves = await register("rennes");
    const third = await register("rennes");
    const offered = await register("rennes");
    expect(offered.registrations[0].status).toBe("WAITLISTED");
    await cancelRegistrations({ actor: attendeeActor(leaves.manageToken!), now: NOW });
    const waiting = await register("rennes");
    const statuses = await db.registration.findMany({ where: { eventId: event.id }, select: { attendeeId: true, status: true } });
    expect(Object.fromEntries(statuses.map((registration) => [registration.attendeeId, registration.status]))).toEqual({
      [stays.attendeeId]: "CONFIRMED",
      [leaves.attendeeId]: "CANCELLED",
      [third.attendeeId]: "CONFIRMED",
      [offered.attendeeId]: "OFFERED",
      [waiting.attendeeId]: "WAITLISTED",
    });
    const confirmedIds = [stays.attendeeId, third.attendeeId].sort();
    const confirmedEmails = await db.attendee.findMany({ where: { id: { in: confirmedIds } }, orderBy: { lastName: "asc" }, select: { email: true } });

    const preview = await previewAnnouncement(event.id);
    expect(preview.changes.map((pending) => [pending.id, pending.text])).toEqual([[change.id, change.text]]);
    expect(preview.recipients.map((recipient) => recipient.email)).toEqual(confirmedEmails.map((attendee) => attendee.email));
    expect(preview.email?.subject).toBe("Programme modifié : Journée régionale de Rennes");
    expect(preview.email?.text).toContain(change.text);
    expect(await programmeEmails(event.id)).toEqual([]);

    const announcedAt = new Date(NOW.getTime() + 60_000);
    const result = await announceProgrammeChanges({ actor: testAdmin, eventId: event.id, changeIds: [change.id], now: announcedAt });
    expect(result).toEqual({ notified: 2, changes: [change.text] });
    const emails = await programmeEmails(event.id);
    expect(emails.map((email) => email.attendeeId).sort()).toEqual(confirmedIds);
    expect(emails.every((email) => email.registration?.status === "CONFIRMED")).toBe(true);
    expect(emails.map((email) => email.data)).toEqual([{ changes: [change.text] }, { changes: [change.text] }]);
    expect(await db.programmeChange.findUniqueOrThrow({ where: { id: change.id } })).toMatchObject({ announcedAt });
    expect(await lastAudit(event.id, "programme.change.announced")).toMatchObject({
      ...BY_ADMIN,
      entityType: "Event",
      eventId: event.id,
      after: { changes: [change.text], sent: true, recipients: 2 },
    });

    expect(await previewAnnouncement(event.id)).toMatchObject({ changes: [], email: null });
    await expect(announceProgrammeChanges({ actor: testAdmin, eventId: event.id, changeIds: [change.id] })).rejects.toMatchObject({ code: "NOTHING_TO_ANNOUNCE" });
    expect(await programmeEmails(event.id)).toHaveLength(2);
  });

  it("marks changes as needing no announcement without emailing anyone, and leaves the changes not chosen pending", async () => {
    const { event, change } = await pendingChange("bordeaux", "Ateliers de l'après-midi");
    const { change: other } = await pendingChange("bordeaux", "Visite d'une coopérative");
    await register("bordeaux");
    await register("bordeaux");
    expect((await previewAnnouncement(event.id)).recipients).toHaveLength(2);

    const result = await announceProgrammeChanges({ actor: testAdmin, eventId: event.id, changeIds: [change.id], send: false, now: NOW });
    expect(result).toEqual({ notified: 0, changes: [change.text] });
    expect(await programmeEmails(event.id)).toEqual([]);
    expect(await db.outboxEmail.count({ where: { kind: "PROGRAMME_CHANGED" } })).toBe(0);
    expect(await db.programmeChange.findUniqueOrThrow({ where: { id: change.id } })).toMatchObject({ announcedAt: NOW });
    expect(await db.programmeChange.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ announcedAt: null });
    expect(await lastAudit(event.id, "programme.change.announced")).toMatchObject({ ...BY_ADMIN, after: { changes: [change.text], sent: false, recipients: 0 } });

    const preview = await previewAnnouncement(event.id);
    expect(preview.changes.map((pending) => pending.id)).toEqual([other.id]);
    expect(preview.email?.text).toContain(other.text);
    expect(preview.email?.text).not.toContain(change.text);
  });

  it("refuses changes of another event", async () => {
    const { change } = await pendingChange("grenoble", "Forum des initiatives");
    const nancy = await eventBySlug("nancy");
    await expect(announceProgrammeChanges({ actor: testAdmin, eventId: nancy.id, changeIds: [change.id] })).rejects.toMatchObject({ code: "NOTHING_TO_ANNOUNCE" });
    expect(await db.programmeChange.findUniqueOrThrow({ where: { id: change.id } })).toMatchObject({ announcedAt: null });
  });
});
