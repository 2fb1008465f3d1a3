import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { parisTime } from "../dates";
import { person } from "../../tests/support/people";
import { withSeededDatabaseAndSmtp } from "../../tests/support/mail-test-setup";
import { calendarIn, linksIn } from "../../tests/support/emails";
import { createRegistrations } from "../registrations/create-registrations";
import { cancelRegistrations } from "../registrations/cancel-registrations";
import { confirmSpeaker } from "../programme/confirm-speaker";
import { announceProgrammeChanges } from "../programme/announce-programme-changes";
import { eventFormValues } from "../events/event-form";
import { eventInputSchema } from "../events/schema";
import { updateEvent } from "../events/update-event";
import { removeAttendees } from "../../tests/support/reset";
import { testAdmin } from "../../tests/support/actors";
import { deliverOutbox } from "./deliver-outbox";
import { enqueueReminders, reminderTime } from "./enqueue-reminders";
import { attendeeActor } from "../audit/actor";

const NOW = new Date("2030-02-01T10:00:00Z");
let n = 0;

const smtp = withSeededDatabaseAndSmtp();

const register = (events: string[]) => createRegistrations({ input: person(++n, events), now: NOW });
const deliver = () => deliverOutbox({ smtpUrl: smtp.url, now: new Date(Date.now() + 1000) });
const lastTo = (email: string) => smtp.messages.filter((mail) => mail.to && "text" in mail.to && mail.to.text === email).at(-1)!;

describe("programme changes", () => {
  it("wait for the admin, then tell confirmed attendees what changed, with a calendar that replaces the previous one", async () => {
    const { manageToken } = await register(["rennes"]);
    const email = `personne${n}@collectivite.example.fr`;
    await deliver();
    const first = calendarIn(lastTo(email));

    const rennes = await db.event.findUniqueOrThrow({ where: { slug: "rennes" } });
    const input = eventInputSchema.parse({ ...eventFormValues(rennes), startTime: "14:00", endTime: "17:30", venue: "Hôtel de Région, salle du Conseil" });
    const { changes } = await updateEvent({ actor: testAdmin, eventId: rennes.id, input });
    expect(changes).toEqual([
      "Nouvel horaire : jeudi 12 septembre 2030, 14 h – 17 h 30 (au lieu de jeudi 12 septembre 2030, 9 h 30 – 17 h).",
      "Nouveau lieu : Hôtel de Région, salle du Conseil, Rennes (au lieu de Rennes).",
    ]);
    expect(await deliver()).toMatchObject({ sent: 0 });

    const pending = await db.programmeChange.findMany({ where: { eventId: rennes.id, announcedAt: null } });
    const { notified } = await announceProgrammeChanges({ actor: testAdmin, eventId: rennes.id, changeIds: pending.map((change) => change.id) });
    expect(notified).toBe(1);
    await deliver();
    const mail = lastTo(email);
    expect(mail.subject).toBe("Programme modifié : Journée régionale de Rennes");
    expect(mail.text).toContain("Nouvel horaire");
    expect(mail.text).toContain("Nouveau lieu");
    const updated = calendarIn(mail);
    expect(updated.uid).toBe(first.uid);
    expect(updated.sequence).toBe(first.sequence + 1);
    expect(updated.localStart).toBe("2030-09-12T14:00:00");
    expect(linksIn(mail).some((link) => link.endsWith(manageToken!))).toBe(true);
    await expect(announceProgrammeChanges({ actor: testAdmin, eventId: rennes.id, changeIds: pending.map((change) => change.id) })).rejects.toMatchObject({
      code: "NOTHING_TO_ANNOUNCE",
    });

    // The attendee's own registration is in the day's journal too; what is checked here is the organisers'.
    const audit = await db.auditEntry.findMany({ where: { eventId: rennes.id, action: { not: "registration.created" } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["event.schedule.changed", "programme.change.announced"]);
    expect(audit[0]).toMatchObject({ actorKind: "USER", actorLabel: testAdmin.email, before: { venue: null }, after: { venue: "Hôtel de Région, salle du Conseil" } });
  });

  it("announce a confirmed speaker to confirmed attendees only", async () => {
    await register(["journee-nationale"]);
    const cancelled = await register(["journee-nationale"]);
    await cancelRegistrations({ actor: attendeeActor(cancelled.manageToken!), now: NOW });
    await deliver();
    const closing = await db.programmeItem.findFirstOrThrow({ where: { kind: "CLOSING" }, include: { speakers: true } });
    const { change } = await confirmSpeaker({ actor: testAdmin, programmeItemId: closing.id, speakerId: closing.speakers[0].speakerId });
    expect(change).toBe("Benoît Hamon confirme sa participation : « Clôture de la journée » (16 h 30 – 17 h).");
    const [pending] = await db.programmeChange.findMany({ where: { eventId: closing.eventId, announcedAt: null } });
    expect((await announceProgrammeChanges({ actor: testAdmin, eventId: closing.eventId, changeIds: [pending.id] })).notified).toBe(1);
    expect((await deliver()).sent).toBe(1);
  });
});

describe("reminders", () => {
  beforeEach(() => removeAttendees(db));

  it("go once, at 9 h two days before, to confirmed attendees only", async () => {
    const bordeaux = await db.event.findUniqueOrThrow({ where: { slug: "bordeaux" } });
    expect(reminderTime(bordeaux)).toEqual(parisTime(2030, 9, 10, 9, 0));
    await register(["bordeaux"]);
    await register(["bordeaux"]);
    const leaving = await register(["bordeaux"]);
    await cancelRegistrations({ actor: attendeeActor(leaving.manageToken!), now: NOW });
    await deliver();

    const bordeauxReminders = () => db.outboxEmail.count({ where: { kind: "EVENT_REMINDER", registration: { eventId: bordeaux.id } } });
    expect(await enqueueReminders({ now: parisTime(2030, 9, 10, 8, 59) })).toBe(0);
    expect(await enqueueReminders({ now: parisTime(2030, 9, 10, 9, 0) })).toBe(2);
    expect(await bordeauxReminders()).toBe(2);
    expect(await enqueueReminders({ now: parisTime(2030, 9, 11, 9, 0) })).toBe(0);
    expect((await deliver()).sent).toBe(2);
    expect(smtp.messages.map((mail) => mail.subject)).toContain("Rappel : Journée régionale de Bordeaux, le 12 septembre 2030");
  });
});
