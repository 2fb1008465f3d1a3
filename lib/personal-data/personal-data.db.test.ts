import { registerNew } from "../../tests/support/register";
import { addMonths } from "date-fns";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { testAdmin } from "../../tests/support/actors";
import { person } from "../../tests/support/people";
import { removeAttendees } from "../../tests/support/reset";
import { attendeeActor } from "../audit/actor";
import { parisTime } from "../dates";
import { db } from "../db/client";
import { AppError } from "../errors";
import { cancelRegistrations } from "../registrations/cancel-registrations";
import { changeCapacity } from "../registrations/change-capacity";
import { eraseAttendee } from "../registrations/erase-attendee";
import { getManageView } from "../registrations/get-manage-view";
import type { RegistrationInput } from "../registrations/schema";
import { saveInternalNote } from "../registrations/save-internal-note";
import { confirmRegistration } from "../registrations/confirm-registration";
import { listQuerySchema } from "../registrations/list-query";
import { runExport } from "../exports/run-export";
import { exportOptionsSchema } from "../exports/schema";
import { declineInvitation } from "../invitations/decline-invitation";
import { invitePeople } from "../invitations/invite-people";
import { invitationTokenFor } from "../links/invitation-token";
import { applyRetention } from "./apply-retention";
import { exportPersonalData } from "./export-personal-data";

// The national day is on 26 June 2030 and the regional days on 12 September 2030 (both end at
// 17:00, Paris time); everyone registers early in the year.
const REGISTERED_AT = new Date("2030-02-01T10:00:00Z");
/** Six months after the national day, before six months after the regional days. */
const AFTER_NATIONAL_RETENTION = parisTime(2031, 1, 15, 3, 0);
/** Six months after every day. */
const AFTER_EVERY_RETENTION = parisTime(2031, 4, 1, 3, 0);
let n = 0;

beforeAll(() => seedDatabase(db, { year: 2030 }));
// Each test starts with nobody registered: the retention job looks at every attendee.
beforeEach(() => removeAttendees(db));

const eventOf = (slug: string) => db.event.findUniqueOrThrow({ where: { slug } });

async function register(slugs: string[], overrides: Partial<RegistrationInput> = {}) {
  const result = await registerNew({ input: person(++n, slugs, overrides), now: REGISTERED_AT });
  const attendee = await db.attendee.findUniqueOrThrow({ where: { id: result.attendeeId } });
  return { ...result, attendee };
}

const retentionAudits = () => db.auditEntry.findMany({ where: { action: "personal-data.retention.applied" }, orderBy: { createdAt: "asc" } });

/** What anonymisation leaves of a person. */
function expectAnonymised(attendee: Awaited<ReturnType<typeof db.attendee.findUniqueOrThrow>>, at: Date) {
  expect(attendee).toMatchObject({
    email: `anonyme-${attendee.id}@anonyme.invalid`,
    firstName: "",
    lastName: "Anonyme",
    nameKey: "anonyme",
    organisation: "",
    jobTitle: "",
    phone: null,
    dietaryNeeds: "",
    accessibilityNeeds: "",
    anonymisedAt: at,
  });
}

describe("the retention job", () => {
  it("anonymises a person once every day they registered for is past its retention, and keeps what is counted", async () => {
    const national = await eventOf("journee-nationale");
    const nancy = await eventOf("nancy");
    const a = await register(["journee-nationale"], {
      firstName: "Alice",
      lastName: "Aubert",
      organisation: "Ville de Nancy",
      organisationType: "DEPARTEMENT",
      role: "AGENT",
      phone: "06 12 34 56 78",
      dietaryNeeds: "Végétarienne",
      accessibilityNeeds: "Fauteuil roulant",
    });
    const b = await register(["journee-nationale", "nancy"], { firstName: "Bruno", lastName: "Blanc" });
    expect([...a.registrations, ...b.registrations].map((registration) => registration.status)).toEqual(["CONFIRMED", "CONFIRMED", "CONFIRMED"]);
    const [aRegistration] = a.registrations;
    const [bNational, bNancy] = b.registrations;
    await saveInternalNote({ actor: testAdmin, eventId: national.id, registrationId: aRegistration.registrationId, note: "Alice vient avec son chien" });
    await saveInternalNote({ actor: testAdmin, eventId: national.id, registrationId: bNational.registrationId, note: "Bruno arrivera tard" });
    // One of A's emails went (its body kept for the local mailbox), the other one is still waiting.
    const [sent] = await db.outboxEmail.findMany({ where: { attendeeId: a.attendeeId } });
    await db.outboxEmail.update({
      where: { id: sent.id },
      data: { status: "SENT", sentAt: REGISTERED_AT, to: "personne@collectivite.example.fr", subject: "Alice, votre inscription", textBody: "Bonjour Alice", htmlBody: "<p>Bonjour Alice</p>" },
    });
    await db.outboxEmail.create({ data: { kind: "EVENT_REMINDER", attendeeId: a.attendeeId, registrationId: aRegistration.registrationId } });
    // The security lists as sent to the venues.
    await db.securityListEntry.createMany({
      data: [
        { eventId: national.id, registrationId: aRegistration.registrationId, lastName: "Aubert", firstName: "Alice", organisation: "Ville de Nancy", frozenAt: REGISTERED_AT },
        { eventId: national.id, registrationId: bNational.registrationId, lastName: "Blanc", firstName: "Bruno", organisation: "Ville de Rennes", frozenAt: REGISTERED_AT },
        { eventId: nancy.id, registrationId: bNancy.registrationId, lastName: "Blanc", firstName: "Bruno", organisation: "Ville de Rennes", frozenAt: REGISTERED_AT },
      ],
    });
    expect((await getManageView({ token: a.manageToken! })).attendee).toMatchObject({ firstName: "Alice", lastName: "Aubert" });
    const auditsBefore = (await retentionAudits()).length;
    const nationalConfirmedBefore = await db.registration.count({ where: { eventId: national.id, status: "CONFIRMED" } });

    // Before the national day's retention is over: nothing to do.
    expect(await applyRetention(new Date(addMonths(national.endsAt, 6).getTime() - 1))).toBe(0);
    expect((await db.attendee.findUniqueOrThrow({ where: { id: a.attendeeId } })).anonymisedAt).toBeNull();
    expect(await retentionAudits()).toHaveLength(auditsBefore);

    expect(await applyRetention(AFTER_NATIONAL_RETENTION)).toBe(1);

    // A: nothing left that names them.
    const anonymised = await db.attendee.findUniqueOrThrow({ where: { id: a.attendeeId } });
    expectAnonymised(anonymised, AFTER_NATIONAL_RETENTION);
    expect(anonymised.email).toMatch(/^anonyme-.+@anonyme\.invalid$/);
    expect(anonymised.manageTokenHash).not.toBe(a.attendee.manageTokenHash);
    // What the statistics count stays.
    expect(anonymised).toMatchObject({ organisationType: "DEPARTEMENT", role: "AGENT", consentedAt: a.attendee.consentedAt });
    const aRegistrations = await db.registration.findMany({ where: { attendeeId: a.attendeeId } });
    expect(aRegistrations.map(({ id, status, internalNote }) => ({ id, status, internalNote }))).toEqual([
      { id: aRegistration.registrationId, status: "CONFIRMED", internalNote: null },
    ]);
    expect(await db.registration.count({ where: { eventId: national.id, status: "CONFIRMED" } })).toBe(nationalConfirmedBefore);
    const aEmails = await db.outboxEmail.findMany({ where: { attendeeId: a.attendeeId } });
    expect(aEmails.map(({ id, status }) => ({ id, status }))).toEqual([{ id: sent.id, status: "SENT" }]);
    for (const email of aEmails) expect(email).toMatchObject({ to: null, subject: null, textBody: null, htmlBody: null });
    const aNoteAudits = await db.auditEntry.findMany({ where: { entityId: aRegistration.registrationId, action: "registration.note.changed" } });
    expect(aNoteAudits).toHaveLength(1);
    expect(JSON.stringify(aNoteAudits)).not.toContain("chien");

    // B, still registered for a day within its retention, is kept as they were.
    expect(await db.attendee.findUniqueOrThrow({ where: { id: b.attendeeId } })).toEqual(b.attendee);
    expect((await db.registration.findUniqueOrThrow({ where: { id: bNational.registrationId } })).internalNote).toBe("Bruno arrivera tard");
    expect(await db.outboxEmail.count({ where: { attendeeId: b.attendeeId, status: "PENDING", subject: null } })).toBe(2);
    expect((await getManageView({ token: b.manageToken! })).attendee).toMatchObject({ firstName: "Bruno", lastName: "Blanc" });

    // The national day's security list is gone, Nancy's is kept.
    expect(await db.securityListEntry.findMany({ select: { eventId: true, registrationId: true } })).toEqual([{ eventId: nancy.id, registrationId: bNancy.registrationId }]);

    const audits = await retentionAudits();
    expect(audits).toHaveLength(auditsBefore + 1);
    expect(audits.at(-1)).toMatchObject({ actorKind: "SYSTEM", actorId: null, entityType: "Attendee", entityId: "*", after: { anonymised: 1, events: [national.title] } });
    expect(JSON.stringify(audits.at(-1))).not.toMatch(/Alice|Aubert/);

    // Run again: nothing more to do, nothing logged.
    expect(await applyRetention(AFTER_NATIONAL_RETENTION)).toBe(0);
    expect(await retentionAudits()).toHaveLength(auditsBefore + 1);
    expect((await db.attendee.findUniqueOrThrow({ where: { id: a.attendeeId } })).anonymisedAt).toEqual(AFTER_NATIONAL_RETENTION);

    // Once the regional days are past their retention too, B goes; A is not touched again.
    expect(await applyRetention(AFTER_EVERY_RETENTION)).toBe(1);
    expectAnonymised(await db.attendee.findUniqueOrThrow({ where: { id: b.attendeeId } }), AFTER_EVERY_RETENTION);
    expect((await db.attendee.findUniqueOrThrow({ where: { id: a.attendeeId } })).anonymisedAt).toEqual(AFTER_NATIONAL_RETENTION);
    expect(await db.registration.findMany({ where: { attendeeId: b.attendeeId }, select: { status: true, internalNote: true } })).toEqual([
      { status: "CONFIRMED", internalNote: null },
      { status: "CONFIRMED", internalNote: null },
    ]);
    expect(await db.outboxEmail.count({ where: { attendeeId: b.attendeeId } })).toBe(0);
    expect(await db.securityListEntry.count()).toBe(0);
    expect((await retentionAudits()).at(-1)).toMatchObject({ after: { anonymised: 1 } });
    expect(await applyRetention(AFTER_EVERY_RETENTION)).toBe(0);
  });

  it("follows each day's own retention, and starts counting when the day ends", async () => {
    const bordeaux = await eventOf("bordeaux");
    await db.event.update({ where: { id: bordeaux.id }, data: { retentionMonths: 1 } });
    try {
      const c = await register(["bordeaux"]);
      const d = await register(["nancy"]);
      const due = addMonths(bordeaux.endsAt, 1);

      expect(await applyRetention(new Date(due.getTime() - 1))).toBe(0);
      expect(await applyRetention(due)).toBe(1);
      expectAnonymised(await db.attendee.findUniqueOrThrow({ where: { id: c.attendeeId } }), due);
      expect(await db.attendee.findUniqueOrThrow({ where: { id: d.attendeeId } })).toEqual(d.attendee);
      expect((await retentionAudits()).at(-1)).toMatchObject({ after: { anonymised: 1, events: [bordeaux.title] } });
    } finally {
      await db.event.update({ where: { id: bordeaux.id }, data: { retentionMonths: 6 } });
    }
  });

  it("makes the old manage link stop working", async () => {
    const a = await register(["journee-nationale"]);
    await expect(getManageView({ token: a.manageToken! })).resolves.toBeDefined();
    await applyRetention(AFTER_NATIONAL_RETENTION);

    const refused = getManageView({ token: a.manageToken! });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the export of a person's data", () => {
  it("gives their details, registrations and emails, without the manage link's secret, and logs it without the data", async () => {
    const national = await eventOf("journee-nationale");
    const e = await register(["journee-nationale", "grenoble"], { firstName: "Émilie", lastName: "Estève", email: "emilie.esteve@collectivite.example.fr" });
    const [onNational] = e.registrations;
    await saveInternalNote({ actor: testAdmin, eventId: national.id, registrationId: onNational.registrationId, note: "Intervenante pressentie" });
    const exportsBefore = await db.auditEntry.count({ where: { action: "attendee.exported" } });

    const result = await exportPersonalData({ actor: testAdmin, attendeeId: e.attendeeId });

    expect(result.details).toMatchObject({ id: e.attendeeId, firstName: "Émilie", lastName: "Estève", email: "emilie.esteve@collectivite.example.fr", organisation: "Ville de Rennes", anonymisedAt: null });
    expect(result.details).not.toHaveProperty("manageTokenHash");
    expect(result.details).not.toHaveProperty("nameKey");
    expect(result.registrations.map(({ event, status, organisersNote, arrivedAt }) => ({ event, status, organisersNote, arrivedAt }))).toEqual([
      { event: national.title, status: "CONFIRMED", organisersNote: "Intervenante pressentie", arrivedAt: null },
      { event: "Journée régionale de Grenoble", status: "CONFIRMED", organisersNote: null, arrivedAt: null },
    ]);
    expect(result.registrations.every((registration) => typeof registration.ticketCode === "string")).toBe(true);
    expect(result.emails.map(({ kind, status }) => ({ kind, status }))).toEqual([
      { kind: "REGISTRATION_CONFIRMED", status: "PENDING" },
      { kind: "REGISTRATION_CONFIRMED", status: "PENDING" },
    ]);
    const json = JSON.stringify(result);
    expect(json).not.toContain("manageTokenHash");
    expect(json).not.toContain(e.attendee.manageTokenHash);
    expect(json).not.toContain(e.manageToken!);

    const audits = await db.auditEntry.findMany({ where: { action: "attendee.exported" }, orderBy: { createdAt: "asc" } });
    expect(audits).toHaveLength(exportsBefore + 1);
    const audit = audits.at(-1)!;
    expect(audit).toMatchObject({ actorKind: "USER", actorId: testAdmin.userId, entityType: "Attendee", entityId: e.attendeeId, before: null, after: null });
    expect(JSON.stringify(audit)).not.toMatch(/Émilie|Estève|emilie/);
  });

  it("refuses an unknown person, and logs nothing", async () => {
    const exportsBefore = await db.auditEntry.count({ where: { action: "attendee.exported" } });
    await expect(exportPersonalData({ actor: testAdmin, attendeeId: "no-such-attendee" })).rejects.toMatchObject({ code: "RECORD_NOT_FOUND" });
    expect(await db.auditEntry.count({ where: { action: "attendee.exported" } })).toBe(exportsBefore);
  });
});

describe("erasing a person at their request", () => {
  it("cancels their registrations, gives their place to the waiting list, sends them nothing and anonymises them", async () => {
    const bordeaux = await eventOf("bordeaux");
    const nancy = await eventOf("nancy");
    expect(bordeaux.waitlistMode).toBe("OFFER");
    await changeCapacity({ eventId: bordeaux.id, capacity: 1, actor: testAdmin, now: REGISTERED_AT });
    const erased = await register(["journee-nationale", "bordeaux"], { firstName: "Fabrice", lastName: "Fontaine" });
    const waiting = await register(["bordeaux"]);
    const [onNational, onBordeaux] = erased.registrations;
    expect(onBordeaux.status).toBe("CONFIRMED");
    expect(waiting.registrations[0].status).toBe("WAITLISTED");
    const erasedAt = parisTime(2030, 3, 1, 10, 0);

    // The wrong event or an unknown registration: nothing happens.
    await expect(eraseAttendee({ actor: testAdmin, registrationId: onBordeaux.registrationId, eventId: nancy.id, now: erasedAt })).rejects.toMatchObject({ code: "RECORD_NOT_FOUND" });
    await expect(eraseAttendee({ actor: testAdmin, registrationId: "no-such-registration", eventId: bordeaux.id, now: erasedAt })).rejects.toMatchObject({ code: "RECORD_NOT_FOUND" });
    expect((await db.attendee.findUniqueOrThrow({ where: { id: erased.attendeeId } })).anonymisedAt).toBeNull();

    expect(await eraseAttendee({ actor: testAdmin, registrationId: onBordeaux.registrationId, eventId: bordeaux.id, now: erasedAt })).toEqual({ cancelled: 2 });

    const registrations = await db.registration.findMany({ where: { attendeeId: erased.attendeeId }, orderBy: { createdAt: "asc" } });
    expect(registrations.map(({ id, status, cancellationReason, cancelledAt, activeDay }) => ({ id, status, cancellationReason, cancelledAt, activeDay })).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [onNational, onBordeaux]
        .map(({ registrationId }) => ({ id: registrationId, status: "CANCELLED", cancellationReason: "ORGANISER", cancelledAt: erasedAt, activeDay: null }))
        .sort((x, y) => x.id.localeCompare(y.id)),
    );
    // The freed place goes to the person waiting (offered, in the seed's OFFER mode).
    const waitingNow = await db.registration.findUniqueOrThrow({ where: { id: waiting.registrations[0].registrationId }, include: { waitlistEntry: true, seat: true } });
    expect(waitingNow.status).toBe("OFFERED");
    expect(waitingNow.waitlistEntry?.offerExpiresAt).toEqual(new Date(erasedAt.getTime() + bordeaux.offerHours * 3_600_000));
    expect(waitingNow.seat).not.toBeNull();
    expect(await db.outboxEmail.count({ where: { attendeeId: waiting.attendeeId, kind: "PLACE_OFFERED", status: "PENDING" } })).toBe(1);
    expect(await db.seat.count({ where: { registrationId: { in: [onNational.registrationId, onBordeaux.registrationId] } } })).toBe(0);

    // The erased person is sent nothing, not even the cancellation.
    expect(await db.outboxEmail.count({ where: { attendeeId: erased.attendeeId, status: "PENDING" } })).toBe(0);
    expectAnonymised(await db.attendee.findUniqueOrThrow({ where: { id: erased.attendeeId } }), erasedAt);
    await expect(getManageView({ token: erased.manageToken! })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const audits = await db.auditEntry.findMany({ where: { action: "attendee.erased", entityId: erased.attendeeId } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorKind: "USER", actorId: testAdmin.userId, entityType: "Attendee", eventId: bordeaux.id, after: { registrationsCancelled: 2 } });
    expect(JSON.stringify(audits[0])).not.toMatch(/Fabrice|Fontaine|personne\d+@/);

    // Twice: refused, nothing more logged.
    const again = eraseAttendee({ actor: testAdmin, registrationId: onBordeaux.registrationId, eventId: bordeaux.id, now: erasedAt });
    await expect(again).rejects.toBeInstanceOf(AppError);
    await expect(again).rejects.toMatchObject({ code: "WRONG_STATUS" });
    expect(await db.auditEntry.count({ where: { action: "attendee.erased", entityId: erased.attendeeId } })).toBe(1);
  });

  it("forgets every invitation to their address, whatever its day or state, and its emails", async () => {
    await db.user.upsert({ where: { id: testAdmin.userId }, create: { id: testAdmin.userId, email: testAdmin.email, role: "ADMIN" }, update: {} });
    const bordeaux = await eventOf("bordeaux");
    const erased = await register(["bordeaux"], { firstName: "Hélène", lastName: "Invitée" });
    const email = erased.attendee.email;
    const invite = async (slug: string) => {
      const { id: eventId } = await eventOf(slug);
      const terms = { role: "PRESSE" as const, message: null, expiresAt: parisTime(2030, 9, 1, 12, 0), reminderDays: null };
      await invitePeople({ actor: testAdmin, eventId, invitees: [{ email, firstName: "Hélène", lastName: "Invitée", organisation: "Le Journal" }], terms, now: REGISTERED_AT });
      return db.invitation.findFirstOrThrow({ where: { email, eventId } });
    };
    const declined = await invite("nancy");
    // Its email left before the person declined: delivered, it keeps only that it was sent.
    await db.outboxEmail.updateMany({ where: { dedupeKey: { startsWith: `invitation:${declined.id}:` } }, data: { status: "SENT" } });
    await declineInvitation({ token: invitationTokenFor(declined.id), now: REGISTERED_AT });
    const pending = await invite("rennes");
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(2);

    await eraseAttendee({ actor: testAdmin, registrationId: erased.registrations[0].registrationId, eventId: bordeaux.id, now: parisTime(2030, 3, 1, 10, 0) });

    expect(await db.invitation.count({ where: { OR: [{ email }, { id: { in: [declined.id, pending.id] } }] } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { dedupeKey: { startsWith: `invitation:${pending.id}:` } } })).toBe(0);
    const sent = await db.outboxEmail.findMany({ where: { dedupeKey: { startsWith: `invitation:${declined.id}:` } } });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: "SENT", to: null, subject: null, htmlBody: null, textBody: null });
  });

  it("leaves nothing of them in the journal: no search for their name, no organiser's words about them", async () => {
    const nancy = await eventOf("nancy");
    await changeCapacity({ eventId: nancy.id, capacity: 1, actor: testAdmin, now: REGISTERED_AT });
    try {
      await register(["nancy"]);
      const erased = await register(["nancy"], { firstName: "Odile", lastName: "Lacroix-Dumont" });
      const [onNancy] = erased.registrations;
      expect(onNancy.status).toBe("WAITLISTED");
      await confirmRegistration({ actor: testAdmin, eventId: nancy.id, registrationId: onNancy.registrationId, overCapacityReason: "Mme Lacroix-Dumont intervient à 10 h", now: REGISTERED_AT });
      await saveInternalNote({ actor: testAdmin, eventId: nancy.id, registrationId: onNancy.registrationId, note: "Odile Lacroix-Dumont, élue" });
      await db.checkIn.create({
        data: { registrationId: onNancy.registrationId, eventId: nancy.id, checkedInAt: REGISTERED_AT, method: "CORRECTED", operationId: `correction-${n}`, correctionReason: "Odile est arrivée par la porte B", byLabel: testAdmin.email },
      });
      // An export of the list searched for her name keeps only that there was a search.
      const search = listQuerySchema.parse({ q: "Lacroix-Dumont", statut: "CONFIRMED" });
      const file = await runExport({ actor: testAdmin, slug: "nancy", dataset: "attendees", query: search, options: exportOptionsSchema.parse({ format: "csv" }), now: REGISTERED_AT });
      for await (const chunk of file.body) expect(chunk).toBeDefined();
      const exported = await db.auditEntry.findFirstOrThrow({ where: { action: "export.created", eventId: nancy.id }, orderBy: { createdAt: "desc" } });
      expect(exported.after).toMatchObject({ filters: { statut: ["CONFIRMED"], recherche: "oui" } });
      expect(JSON.stringify(exported)).not.toContain("Lacroix");
      // An export recorded before searches stopped being kept.
      await db.auditEntry.create({
        data: { actorKind: "USER", actorId: testAdmin.userId, actorLabel: testAdmin.email, action: "export.created", entityType: "Event", entityId: nancy.id, eventId: nancy.id, after: { dataset: "attendees", format: "csv", filters: { q: "lacroix-dumont", statut: [] } } },
      });
      const mentions = async () => (await db.auditEntry.findMany()).filter((entry) => /lacroix|odile/i.test(JSON.stringify(entry)));
      expect(await mentions()).toHaveLength(3);

      await eraseAttendee({ actor: testAdmin, registrationId: onNancy.registrationId, eventId: nancy.id, now: parisTime(2030, 3, 1, 10, 0) });
      expect(await mentions()).toEqual([]);
      expect(await db.auditEntry.findMany({ where: { entityId: onNancy.registrationId }, orderBy: { createdAt: "asc" }, select: { action: true, after: true } })).toEqual([
        { action: "registration.created", after: { status: "WAITLISTED" } },
        { action: "registration.confirmed", after: { status: "CONFIRMED", overCapacity: true, reason: "(effacée)" } },
        { action: "registration.note.changed", after: { note: "(effacée)" } },
        { action: "registration.cancelled", after: { status: "CANCELLED" } },
      ]);
      expect(await db.auditEntry.count({ where: { action: "export.created", eventId: nancy.id } })).toBe(2);
      expect((await db.checkIn.findUniqueOrThrow({ where: { registrationId: onNancy.registrationId } })).correctionReason).toBe("(effacée)");
    } finally {
      await changeCapacity({ eventId: nancy.id, capacity: nancy.capacity, actor: testAdmin, now: REGISTERED_AT });
    }
  });

  it("confirms the person waiting at once when the day is in AUTO_CONFIRM mode", async () => {
    const rennes = await eventOf("rennes");
    await db.event.update({ where: { id: rennes.id }, data: { waitlistMode: "AUTO_CONFIRM" } });
    try {
      await changeCapacity({ eventId: rennes.id, capacity: 1, actor: testAdmin, now: REGISTERED_AT });
      const erased = await register(["rennes"]);
      const waiting = await register(["rennes"]);
      expect(waiting.registrations[0].status).toBe("WAITLISTED");

      expect(await eraseAttendee({ actor: testAdmin, registrationId: erased.registrations[0].registrationId, eventId: rennes.id, now: parisTime(2030, 3, 1, 10, 0) })).toEqual({ cancelled: 1 });
      expect(await db.registration.findUniqueOrThrow({ where: { id: waiting.registrations[0].registrationId }, select: { status: true } })).toEqual({ status: "CONFIRMED" });
      expect(await db.outboxEmail.count({ where: { attendeeId: waiting.attendeeId, kind: "PLACE_CONFIRMED" } })).toBe(1);
      expect(await db.outboxEmail.count({ where: { attendeeId: erased.attendeeId, status: "PENDING" } })).toBe(0);
    } finally {
      await db.event.update({ where: { id: rennes.id }, data: { waitlistMode: "OFFER" } });
    }
  });

  it("does not count a registration already cancelled", async () => {
    const grenoble = await eventOf("grenoble");
    const national = await eventOf("journee-nationale");
    const erased = await register(["journee-nationale", "grenoble"]);
    const [onNational, onGrenoble] = erased.registrations;
    await cancelRegistrations({ actor: attendeeActor(erased.manageToken!), events: ["journee-nationale"], now: REGISTERED_AT });

    expect(await eraseAttendee({ actor: testAdmin, registrationId: onGrenoble.registrationId, eventId: grenoble.id })).toEqual({ cancelled: 1 });
    // Erasable through any of their registrations, the cancelled one too, until it is done.
    await expect(eraseAttendee({ actor: testAdmin, registrationId: onNational.registrationId, eventId: national.id })).rejects.toMatchObject({ code: "WRONG_STATUS" });
    expect((await db.registration.findUniqueOrThrow({ where: { id: onNational.registrationId } })).cancelledAt).toEqual(REGISTERED_AT);
  });

  it("keeps a registration for a day already held: only days to come free their places", async () => {
    const grenoble = await eventOf("grenoble");
    const erased = await register(["grenoble"]);
    const [onGrenoble] = erased.registrations;
    const afterTheDay = parisTime(2030, 10, 1, 10, 0);
    expect(await eraseAttendee({ actor: testAdmin, registrationId: onGrenoble.registrationId, eventId: grenoble.id, now: afterTheDay })).toEqual({ cancelled: 0 });
    expect((await db.registration.findUniqueOrThrow({ where: { id: onGrenoble.registrationId } })).status).toBe("CONFIRMED");
    expectAnonymised(await db.attendee.findUniqueOrThrow({ where: { id: erased.attendeeId } }), afterTheDay);
  });
});

describe("the retention job run by several instances at once", () => {
  it("anonymises a person once and says so once", async () => {
    const due = await register(["journee-nationale"]);
    const before = (await retentionAudits()).length;
    const runs = await Promise.all(Array.from({ length: 4 }, () => applyRetention(AFTER_NATIONAL_RETENTION)));
    expect(runs.reduce((sum, count) => sum + count, 0)).toBe(1);
    expectAnonymised(await db.attendee.findUniqueOrThrow({ where: { id: due.attendeeId } }), AFTER_NATIONAL_RETENTION);
    const audits = (await retentionAudits()).slice(before);
    expect(audits).toHaveLength(1);
    expect(audits[0].after).toMatchObject({ anonymised: 1 });
  });
});
