import { randomUUID } from "node:crypto";
import type { ParsedMail } from "mailparser";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { testAdmin } from "../../tests/support/actors";
import { withSeededDatabaseAndSmtp } from "../../tests/support/mail-test-setup";
import { person } from "../../tests/support/people";
import { attendeeActor } from "../audit/actor";
import { applyDoorOperations } from "../checkin/apply-door-operations";
import { parisTime } from "../dates";
import { db } from "../db/client";
import { deliverOutbox } from "../mail/deliver-outbox";
import { createRegistrations } from "../registrations/create-registrations";
import { registrationInputSchema } from "../registrations/schema";
import { downloadableCertificates, downloadCertificate } from "./attendee-certificates";
import { certificatesStatus } from "./certificates-status";
import { resendCertificate } from "./resend-certificate";
import { sendCertificatesNow } from "./send-certificates-now";
import { sendDueCertificates } from "./send-due-certificates";

const REGISTERED_AT = new Date("2030-02-01T10:00:00Z");
/** The national day is on 26 June 2030, 9 h 30 – 17 h (Paris), lunch 12 h 30 – 14 h; the regional days on 12 September. */
const NATIONAL = { slug: "journee-nationale", morningAfter: (hours: number, minutes = 0) => parisTime(2030, 6, 27, hours, minutes) };
const SEPTEMBER_13 = (hours: number, minutes = 0) => parisTime(2030, 9, 13, hours, minutes);
const SIGNATORY = { certificateSignatoryName: "Claire Fontaine", certificateSignatoryTitle: "présidente du RTES" };

const smtp = withSeededDatabaseAndSmtp();
let n = 0;

async function register(slug: string, overrides: Parameters<typeof person>[2] = {}) {
  const result = await createRegistrations({ input: registrationInputSchema.parse(person(++n, [slug], overrides)), now: REGISTERED_AT });
  return { registrationId: result.registrations[0].registrationId, token: result.manageToken!, email: `personne${n}@collectivite.example.fr` };
}

/** The door's taps, at these Paris times of the day. */
async function arrive(slug: string, arrivals: [string, number, number][]) {
  const event = await db.event.findUniqueOrThrow({ where: { slug } });
  const day = new Date(event.startsAt);
  const at = (hours: number, minutes: number) => parisTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hours, minutes);
  const results = await applyDoorOperations({
    actor: testAdmin,
    eventId: event.id,
    now: event.endsAt,
    operations: arrivals.map(([registrationId, hours, minutes]) => ({
      type: "check-in" as const, operationId: randomUUID(), method: "SEARCH" as const, registrationId, at: at(hours, minutes).toISOString(),
    })),
  });
  expect(results.map((result) => result.outcome)).toEqual(arrivals.map(() => "CHECKED_IN"));
}

/** The certificate emails an address received. */
const received = (to: string) => smtp.messages.filter((mail) => mail.to && "text" in mail.to && mail.to.text === to && mail.subject?.startsWith("Votre attestation de présence"));
const certificateRows = (slug: string) => db.outboxEmail.findMany({ where: { kind: "ATTENDANCE_CERTIFICATE", registration: { event: { slug } } } });

async function pdfText(content: Buffer): Promise<{ pages: number; text: string }> {
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(content)), { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, " ") };
}

/** The one PDF attached to a certificate email, read back. */
async function attachedCertificate(mail: ParsedMail) {
  const pdfs = mail.attachments.filter((attachment) => attachment.contentType === "application/pdf");
  expect(pdfs).toHaveLength(1);
  return { filename: pdfs[0].filename, ...(await pdfText(pdfs[0].content)) };
}

describe("certificates by email, the morning after the day", () => {
  it("go once to each person checked in within the day, with their own PDF, and to nobody else", async () => {
    await db.event.update({ where: { slug: NATIONAL.slug }, data: SIGNATORY });
    const early = await register(NATIONAL.slug, { firstName: "Łukasz", lastName: "Ørsted" });
    const afternoon = await register(NATIONAL.slug, { firstName: "Zoë", lastName: "Lœuvre" });
    const noShow = await register(NATIONAL.slug, { firstName: "Nadia", lastName: "Absente" });
    const late = await register(NATIONAL.slug, { firstName: "Louis", lastName: "Tardif" });
    await arrive(NATIONAL.slug, [[early.registrationId, 9, 10], [afternoon.registrationId, 14, 30]]);
    // An arrival stored after the day's end (older data: the door refuses such a tap now) gives no certificate.
    const event = await db.event.findUniqueOrThrow({ where: { slug: NATIONAL.slug } });
    await db.checkIn.create({ data: { registrationId: late.registrationId, eventId: event.id, checkedInAt: parisTime(2030, 6, 26, 18, 30), method: "CODE", operationId: randomUUID(), byLabel: "ancienne donnée" } });

    // The registrations' own emails go first: what follows counts the certificates' alone.
    await deliverOutbox({ smtpUrl: smtp.url });
    // The evening of the day, and the morning after before 9 h: not yet.
    expect(await sendDueCertificates({ now: parisTime(2030, 6, 26, 18, 0) })).toBe(0);
    expect(await sendDueCertificates({ now: NATIONAL.morningAfter(8, 59) })).toBe(0);
    expect(await certificateRows(NATIONAL.slug)).toHaveLength(0);

    expect(await sendDueCertificates({ now: NATIONAL.morningAfter(9, 0) })).toBe(2);
    // Again, later: nothing twice.
    expect(await sendDueCertificates({ now: NATIONAL.morningAfter(9, 1) })).toBe(0);
    expect(await sendDueCertificates({ now: NATIONAL.morningAfter(15, 0) })).toBe(0);
    const rows = await certificateRows(NATIONAL.slug);
    expect(rows.map((row) => row.registrationId).sort()).toEqual([early.registrationId, afternoon.registrationId].sort());
    const marked = await db.registration.findMany({ where: { eventId: event.id, certificateSentAt: { not: null } }, select: { id: true, certificateSentAt: true } });
    expect(marked.map((registration) => registration.id).sort()).toEqual([early.registrationId, afternoon.registrationId].sort());
    expect(marked.every((registration) => registration.certificateSentAt!.getTime() === NATIONAL.morningAfter(9, 0).getTime())).toBe(true);
    const audit = await db.auditEntry.findMany({ where: { action: "registration.certificate.sent", eventId: event.id } });
    expect(audit.map((entry) => entry.entityId).sort()).toEqual([early.registrationId, afternoon.registrationId].sort());
    expect(audit.every((entry) => entry.actorLabel === "système (send-certificates)")).toBe(true);

    expect(await deliverOutbox({ smtpUrl: smtp.url })).toMatchObject({ sent: 2, failed: 0 });
    expect(received(early.email)).toHaveLength(1);
    const [earlyMail] = received(early.email);
    expect(earlyMail.subject).toBe("Votre attestation de présence : Journée nationale");
    expect(earlyMail.text).toContain("de 9 h 30 à 17 h, soit 6 h (pause déjeuner déduite)");
    const earlyPdf = await attachedCertificate(earlyMail);
    expect(earlyPdf.filename).toBe("attestation-presence_journee-nationale.pdf");
    expect(earlyPdf.pages).toBe(1);
    expect(earlyPdf.text).toContain("Łukasz Ørsted");
    expect(earlyPdf.text).not.toContain("Lœuvre");
    expect(earlyPdf.text).toContain("Présence : de 9 h 30 à 17 h, soit 6 h (pause déjeuner déduite).");
    expect(earlyPdf.text).toContain("Arrivée enregistrée à l'accueil à 9 h 10.");
    expect(earlyPdf.text).toContain("Claire Fontaine, présidente du RTES, atteste que");
    expect(earlyPdf.text).toContain("Fait à Paris, le 27 juin 2030.");
    const afternoonPdf = await attachedCertificate(received(afternoon.email)[0]);
    expect(afternoonPdf.text).toContain("Zoë Lœuvre");
    expect(afternoonPdf.text).toContain("Présence : de 14 h 30 à 17 h, soit 2 h 30.");
    expect(received(noShow.email)).toHaveLength(0);
    expect(received(late.email)).toHaveLength(0);

    // The attendee downloads the same certificate again from their manage page; nobody else's.
    expect(await downloadableCertificates({ actor: attendeeActor(early.token), now: NATIONAL.morningAfter(10) })).toEqual([NATIONAL.slug]);
    const downloaded = await downloadCertificate({ actor: attendeeActor(early.token), eventSlug: NATIONAL.slug, now: parisTime(2030, 7, 3, 10, 0) });
    expect(downloaded.filename).toBe("attestation-presence_journee-nationale.pdf");
    const again = await pdfText(downloaded.pdf);
    expect(again.text).toContain("Łukasz Ørsted");
    expect(again.text).toContain("Présence : de 9 h 30 à 17 h, soit 6 h (pause déjeuner déduite).");
    // Dated as the email was.
    expect(again.text).toContain("Fait à Paris, le 27 juin 2030.");
    for (const nobody of [noShow, late]) {
      expect(await downloadableCertificates({ actor: attendeeActor(nobody.token), now: NATIONAL.morningAfter(10) })).toEqual([]);
      await expect(downloadCertificate({ actor: attendeeActor(nobody.token), eventSlug: NATIONAL.slug, now: NATIONAL.morningAfter(10) })).rejects.toMatchObject({ code: "NO_CERTIFICATE", status: 409 });
    }
    await expect(downloadCertificate({ actor: attendeeActor(early.token), eventSlug: "nancy", now: NATIONAL.morningAfter(10) })).rejects.toMatchObject({ code: "NO_CERTIFICATE" });
    // During the day, not yet; a wrong link, as the manage page answers.
    await expect(downloadCertificate({ actor: attendeeActor(early.token), eventSlug: NATIONAL.slug, now: parisTime(2030, 6, 26, 16, 0) })).rejects.toMatchObject({ code: "NO_CERTIFICATE" });
    await expect(downloadCertificate({ actor: attendeeActor("pas-un-jeton"), eventSlug: NATIONAL.slug, now: NATIONAL.morningAfter(10) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("go once each when several instances run the job at the same moment", async () => {
    await db.event.update({ where: { slug: "rennes" }, data: SIGNATORY });
    const people = [];
    for (let k = 0; k < 12; k++) people.push(await register("rennes"));
    await arrive("rennes", people.map(({ registrationId }, k): [string, number, number] => [registrationId, 9, 10 + k]));

    const runs = await Promise.all(Array.from({ length: 4 }, () => sendDueCertificates({ now: SEPTEMBER_13(9, 30) })));
    expect(runs.reduce((sum, sent) => sum + sent, 0)).toBe(12);
    const rows = await certificateRows("rennes");
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((row) => row.registrationId)).size).toBe(12);
    expect(await db.auditEntry.count({ where: { action: "registration.certificate.sent", entityId: { in: people.map(({ registrationId }) => registrationId) } } })).toBe(12);
  });

  it("survive an SMTP outage: written once, retried by the outbox, each received once with its PDF", async () => {
    await db.event.update({ where: { slug: "nancy" }, data: SIGNATORY });
    const people = [await register("nancy"), await register("nancy"), await register("nancy")];
    await arrive("nancy", people.map(({ registrationId }): [string, number, number] => [registrationId, 10, 0]));
    await deliverOutbox({ smtpUrl: smtp.url });
    await smtp.down();
    expect(await sendDueCertificates({ now: SEPTEMBER_13(9, 0) })).toBe(3);
    expect(await deliverOutbox({ smtpUrl: smtp.url })).toMatchObject({ sent: 0, retrying: 3 });
    // The job runs on meanwhile: the sent-at markers keep it from writing them again.
    expect(await sendDueCertificates({ now: SEPTEMBER_13(9, 5) })).toBe(0);
    await smtp.up();
    expect((await deliverOutbox({ smtpUrl: smtp.url, now: new Date(Date.now() + 3_600_000) })).sent).toBe(3);
    expect((await deliverOutbox({ smtpUrl: smtp.url, now: new Date(Date.now() + 7_200_000) })).sent).toBe(0);
    for (const { email } of people) {
      const mails = received(email);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe("Votre attestation de présence : Journée régionale de Nancy");
      const { text } = await attachedCertificate(mails[0]);
      expect(text).toContain("Présence : de 10 h à 17 h, soit 7 h.");
      expect(text).toContain("Fait à Nancy, le 13 septembre 2030.");
    }
  });

  it("do not go by themselves when the day's option is off, nor for a day long past; an organiser sends them all at once, once", async () => {
    await db.event.update({ where: { slug: "grenoble" }, data: { ...SIGNATORY, certificatesByEmail: false } });
    const people = [await register("grenoble"), await register("grenoble")];
    const noShow = await register("grenoble");
    await arrive("grenoble", people.map(({ registrationId }): [string, number, number] => [registrationId, 9, 0]));
    expect(await sendDueCertificates({ now: SEPTEMBER_13(10, 0) })).toBe(0);

    const grenoble = await db.event.findUniqueOrThrow({ where: { slug: "grenoble" } });
    await expect(sendCertificatesNow({ actor: testAdmin, eventId: grenoble.id, now: parisTime(2030, 9, 12, 16, 0) })).rejects.toMatchObject({ code: "CERTIFICATES_DAY_NOT_OVER", status: 409 });
    expect(await sendCertificatesNow({ actor: testAdmin, eventId: grenoble.id, now: parisTime(2030, 9, 12, 17, 30) })).toEqual({ sent: 2 });
    expect(await sendCertificatesNow({ actor: testAdmin, eventId: grenoble.id, now: parisTime(2030, 9, 12, 17, 45) })).toEqual({ sent: 0 });
    expect((await certificateRows("grenoble")).map((row) => row.registrationId).sort()).toEqual(people.map(({ registrationId }) => registrationId).sort());
    expect(await db.auditEntry.findMany({ where: { action: "event.certificates.sent", eventId: grenoble.id }, select: { actorId: true, after: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { actorId: testAdmin.userId, after: { sent: 2 } },
      { actorId: testAdmin.userId, after: { sent: 0 } },
    ]);

    // The option back on later changes nothing: they have had theirs.
    await db.event.update({ where: { id: grenoble.id }, data: { certificatesByEmail: true } });
    expect(await sendDueCertificates({ now: SEPTEMBER_13(10, 0) })).toBe(0);
    expect(await certificateRows("grenoble")).toHaveLength(2);
    expect(await db.registration.findUniqueOrThrow({ where: { id: noShow.registrationId } })).toMatchObject({ certificateSentAt: null });

    // Bordeaux: on, but the worker was stopped for more than a week: a day that old is not mailed out of the blue.
    await db.event.update({ where: { slug: "bordeaux" }, data: SIGNATORY });
    const [forgotten] = [await register("bordeaux")];
    await arrive("bordeaux", [[forgotten.registrationId, 9, 30]]);
    expect(await sendDueCertificates({ now: parisTime(2030, 9, 20, 9, 1) })).toBe(0);
    expect(await certificateRows("bordeaux")).toHaveLength(0);
  });

  it("can be sent again to one person, not twice in a few minutes, and only to someone who came, once the day is over", async () => {
    // Nancy's certificates sent by an organiser at 17 h 30, the end of the day: one person came, one did not.
    await db.event.update({ where: { slug: "nancy" }, data: SIGNATORY });
    const came = await register("nancy");
    const noShow = { id: (await register("nancy")).registrationId };
    await arrive("nancy", [[came.registrationId, 9, 0]]);
    const eventId = (await db.event.findUniqueOrThrow({ where: { slug: "nancy" } })).id;
    expect(await sendCertificatesNow({ actor: testAdmin, eventId, now: parisTime(2030, 9, 12, 17, 30) })).toEqual({ sent: 1 });
    const registrationId = came.registrationId;
    const before = (await certificateRows("nancy")).length;

    await expect(resendCertificate({ actor: testAdmin, eventId, registrationId, now: parisTime(2030, 9, 12, 16, 0) })).rejects.toMatchObject({ code: "CERTIFICATES_DAY_NOT_OVER" });
    // The email of 17 h 30 was just sent: a double click sends nothing more.
    await expect(resendCertificate({ actor: testAdmin, eventId, registrationId, now: parisTime(2030, 9, 12, 17, 32) })).rejects.toMatchObject({ code: "CERTIFICATE_RECENTLY_SENT", status: 409 });
    await resendCertificate({ actor: testAdmin, eventId, registrationId, now: parisTime(2030, 9, 14, 11, 0) });
    await expect(resendCertificate({ actor: testAdmin, eventId, registrationId, now: parisTime(2030, 9, 14, 11, 1) })).rejects.toMatchObject({ code: "CERTIFICATE_RECENTLY_SENT" });
    await expect(resendCertificate({ actor: testAdmin, eventId, registrationId: noShow.id, now: parisTime(2030, 9, 14, 11, 0) })).rejects.toMatchObject({ code: "NO_CERTIFICATE" });
    // Another day's registration is not found through this one.
    const nationalDay = await db.event.findUniqueOrThrow({ where: { slug: NATIONAL.slug } });
    await expect(resendCertificate({ actor: testAdmin, eventId: nationalDay.id, registrationId, now: parisTime(2030, 9, 14, 11, 0) })).rejects.toMatchObject({ code: "RECORD_NOT_FOUND" });

    expect(await certificateRows("nancy")).toHaveLength(before + 1);
    expect(await db.auditEntry.count({ where: { action: "registration.certificate.resent", entityId: registrationId, actorId: testAdmin.userId } })).toBe(1);

    // An arrival recorded after the organiser's sending: « send again » is this person's first email, audited as such.
    const correctedLater = await register("nancy");
    await arrive("nancy", [[correctedLater.registrationId, 10, 0]]);
    await resendCertificate({ actor: testAdmin, eventId, registrationId: correctedLater.registrationId, now: parisTime(2030, 9, 14, 11, 0) });
    expect(await db.auditEntry.findMany({ where: { entityId: correctedLater.registrationId, action: { startsWith: "registration.certificate." } }, select: { action: true, actorId: true } })).toEqual([
      { action: "registration.certificate.sent", actorId: testAdmin.userId },
    ]);
    expect(await db.registration.findUniqueOrThrow({ where: { id: registrationId } })).toMatchObject({ certificateSentAt: parisTime(2030, 9, 14, 11, 0) });
  });

  it("say on the day's page, before the day too, that none will go without a signatory, and not that they went once the catch-up is over", async () => {
    const day = () => db.event.findUniqueOrThrow({ where: { slug: "bordeaux" } });
    const sendsAt = SEPTEMBER_13(9, 0);
    await db.event.update({ where: { slug: "bordeaux" }, data: { certificateSignatoryName: null, certificateSignatoryTitle: null } });
    const attendee = await register("bordeaux");
    await arrive("bordeaux", [[attendee.registrationId, 9, 30]]);

    // A month before the day, and after it: the job would skip it, and the page says so.
    for (const now of [parisTime(2030, 8, 12, 10, 0), SEPTEMBER_13(10, 0)]) {
      expect(await certificatesStatus(await day(), now)).toMatchObject({ automatic: { state: "NO_SIGNATORY", at: sendsAt }, signatoryMissing: true, sent: 0, waiting: 0 });
    }
    expect(await sendDueCertificates({ now: SEPTEMBER_13(10, 0) })).toBe(0);
    // Past the week of catch-up with nothing sent: no « sent on … » any more, signatory or not.
    const weekLater = parisTime(2030, 9, 20, 9, 1);
    expect((await certificatesStatus(await day(), weekLater)).automatic).toEqual({ state: "LAPSED", at: sendsAt });
    await db.event.update({ where: { slug: "bordeaux" }, data: SIGNATORY });
    const lapsed = await certificatesStatus(await day(), weekLater);
    expect(lapsed).toMatchObject({ automatic: { state: "LAPSED", at: sendsAt }, signatoryMissing: false, refusal: null, sent: 0 });
    // This person, and whoever came in the tests above.
    expect(lapsed.waiting).toBeGreaterThanOrEqual(1);
    // Within the catch-up, with a signatory: planned; the option off: off.
    expect(await certificatesStatus(await day(), parisTime(2030, 9, 20, 8, 59))).toMatchObject({ automatic: { state: "PLANNED", at: sendsAt }, signatoryMissing: false });
    await db.event.update({ where: { slug: "bordeaux" }, data: { certificatesByEmail: false } });
    expect((await certificatesStatus(await day(), weekLater)).automatic).toEqual({ state: "OFF" });
    // Sent by an organiser: the line about the automatic sending stays true.
    await db.event.update({ where: { slug: "bordeaux" }, data: { certificatesByEmail: true } });
    expect(await sendCertificatesNow({ actor: testAdmin, eventId: (await day()).id, now: weekLater })).toEqual({ sent: lapsed.waiting });
    expect(await certificatesStatus(await day(), weekLater)).toMatchObject({ automatic: { state: "PLANNED", at: sendsAt }, sent: lapsed.waiting, waiting: 0 });
  });
});
