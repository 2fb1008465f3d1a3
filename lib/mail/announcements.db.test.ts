import { describe, expect, it } from "vitest";
import { db } from "../db";
import { parisTime } from "../dates";
import { person } from "../../tests/support/people";
import { withSeededDatabaseAndSmtp } from "../../tests/support/mail-test-setup";
import { calendarIn, linksIn } from "../../tests/support/emails";
import { createRegistrations } from "../registrations/create-registrations";
import { cancelRegistrations } from "../registrations/cancel-registrations";
import { confirmSpeaker } from "../programme/confirm-speaker";
import { updateEventSchedule } from "../programme/update-event-schedule";
import { deliverOutbox } from "./deliver-outbox";
import { enqueueReminders, reminderTime } from "./enqueue-reminders";

const NOW = new Date("2030-02-01T10:00:00Z");
let n = 0;

const smtp = withSeededDatabaseAndSmtp();

const register = (events: string[]) => createRegistrations({ input: person(++n, events), now: NOW });
const deliver = () => deliverOutbox({ transport: smtp.transport(), now: new Date(Date.now() + 1000) });
const lastTo = (email: string) => smtp.messages.filter((mail) => mail.to && "text" in mail.to && mail.to.text === email).at(-1)!;

describe("programme changes", () => {
  it("tell confirmed attendees what changed, with a calendar that replaces the previous one", async () => {
    const { manageToken } = await register(["rennes"]);
    const email = `personne${n}@collectivite.example.fr`;
    await deliver();
    const first = calendarIn(lastTo(email));

    const rennes = await db.event.findUniqueOrThrow({ where: { slug: "rennes" } });
    const { changes, notified } = await updateEventSchedule({
      eventId: rennes.id,
      change: { startsAt: parisTime(2030, 9, 12, 14, 0), endsAt: parisTime(2030, 9, 12, 17, 30), venue: "Hôtel de Région, salle du Conseil" },
      actor: "admin@rencontres.fr",
    });
    expect(notified).toBe(1);
    expect(changes).toEqual([
      "Nouvel horaire : jeudi 12 septembre 2030, 14 h – 17 h 30 (au lieu de jeudi 12 septembre 2030, 9 h 30 – 17 h).",
      "Nouveau lieu : Hôtel de Région, salle du Conseil, Rennes (au lieu de Rennes).",
    ]);
    await deliver();
    const mail = lastTo(email);
    expect(mail.subject).toBe("Programme modifié : Journée régionale de Rennes");
    expect(mail.text).toContain("Nouvel horaire");
    const updated = calendarIn(mail);
    expect(updated.uid).toBe(first.uid);
    expect(updated.sequence).toBe(first.sequence + 1);
    expect(updated.localStart).toBe("2030-09-12T14:00:00");
    expect(linksIn(mail).some((link) => link.endsWith(manageToken!))).toBe(true);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "event.schedule.changed" } });
    expect(audit.actor).toBe("admin@rencontres.fr");
  });

  it("announce a confirmed speaker to confirmed attendees only", async () => {
    await register(["journee-nationale"]);
    const cancelled = await register(["journee-nationale"]);
    await cancelRegistrations({ token: cancelled.manageToken!, now: NOW });
    await deliver();
    const closing = await db.programmeItem.findFirstOrThrow({ where: { kind: "CLOSING" }, include: { speakers: true } });
    const { changes, notified } = await confirmSpeaker({ programmeItemId: closing.id, speakerId: closing.speakers[0].speakerId, actor: "admin@rencontres.fr" });
    expect(notified).toBe(1);
    expect(changes).toEqual(["Benoît Hamon confirme sa participation : Clôture de la journée (16 h 30)."]);
    const sent = await deliver();
    expect(sent.sent).toBe(1);
  });
});

describe("reminders", () => {
  it("go once, at 9 h two days before, to confirmed attendees only", async () => {
    const bordeaux = await db.event.findUniqueOrThrow({ where: { slug: "bordeaux" } });
    expect(reminderTime(bordeaux)).toEqual(parisTime(2030, 9, 10, 9, 0));
    await register(["bordeaux"]);
    await register(["bordeaux"]);
    const leaving = await register(["bordeaux"]);
    await cancelRegistrations({ token: leaving.manageToken!, now: NOW });
    await deliver();

    const bordeauxReminders = () => db.outboxEmail.count({ where: { kind: "EVENT_REMINDER", registration: { eventId: bordeaux.id } } });
    expect(await enqueueReminders({ now: parisTime(2030, 9, 10, 8, 59) })).toBe(0);
    // Bordeaux's two confirmed attendees, and the one of Rennes (same date) from the first test.
    expect(await enqueueReminders({ now: parisTime(2030, 9, 10, 9, 0) })).toBe(3);
    expect(await bordeauxReminders()).toBe(2);
    expect(await enqueueReminders({ now: parisTime(2030, 9, 11, 9, 0) })).toBe(0);
    expect((await deliver()).sent).toBe(3);
    expect(smtp.messages.map((mail) => mail.subject)).toContain("Rappel : Journée régionale de Bordeaux, le 12 septembre 2030");
  });
});
