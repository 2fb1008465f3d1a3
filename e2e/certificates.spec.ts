// After the day: the person checked in receives their attendance certificate by email the morning
// after (the app's own background job), downloads it again from their manage page, and the
// organiser sees it sent on the day's page.
import { randomUUID } from "node:crypto";
import type { ParsedMail } from "mailparser";
import { extractText, getDocumentProxy } from "unpdf";
import { expect, test } from "./fixtures";
import { createAccount, e2eDatabase, sessionCookie } from "./database";
import { BASE_URL } from "./local-database";
import { emailsTo } from "./mailbox";
import { registerThroughApi, type ApiRegistration } from "./registrations";

const SLUG = "bordeaux";
const HOUR = 3_600_000;
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");
const SUBJECT = "Votre attestation de présence : Journée régionale de Bordeaux";

interface Saved {
  startsAt: string;
  endsAt: string;
  certificatesByEmail: number;
  certificateSignatoryName: string | null;
  certificateSignatoryTitle: string | null;
}
let saved: Saved;
let attendee: ApiRegistration;
let noShow: ApiRegistration;
const lastName = `Présente-${String(Date.now()).replace(/\d/g, (digit) => "abcdefghij"[Number(digit)])}`;

async function pdfText(content: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(content)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** The certificate emails to an address, waiting (up to a few ticks of the app's job timer) for the first. */
async function certificateEmails(to: string, { atLeast = 1 } = {}): Promise<ParsedMail[]> {
  let found: ParsedMail[] = [];
  await expect(async () => {
    found = (await emailsTo(to)).filter((mail) => mail.subject === SUBJECT);
    expect(found.length, `a certificate email to ${to}`).toBeGreaterThanOrEqual(atLeast);
  }).toPass({ timeout: 100_000 });
  return found;
}

test.beforeAll(async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  attendee = await registerThroughApi(api, [SLUG], "attestation", { firstName: "Zoë", lastName });
  noShow = await registerThroughApi(api, [SLUG], "attestation-absente", { lastName });
  await api.dispose();
  // The day took place two days ago (its certificates went the morning after), with a signatory;
  // the person came in ten minutes after its start, the other did not come.
  const db = e2eDatabase();
  try {
    saved = db.prepare(`SELECT "startsAt", "endsAt", "certificatesByEmail", "certificateSignatoryName", "certificateSignatoryTitle" FROM "Event" WHERE "slug" = ?`).get(SLUG) as Saved;
    const startsAt = new Date(Date.now() - 56 * HOUR);
    db.prepare(`UPDATE "Event" SET "startsAt" = ?, "endsAt" = ?, "certificateSignatoryName" = ?, "certificateSignatoryTitle" = ? WHERE "slug" = ?`).run(
      sqliteDate(startsAt), sqliteDate(new Date(startsAt.getTime() + 8 * HOUR)), "Claire Fontaine", "vice-présidente du conseil régional", SLUG,
    );
    const registration = db.prepare(`SELECT "Registration"."id", "eventId" FROM "Registration" JOIN "Attendee" ON "Attendee"."id" = "attendeeId" WHERE "email" = ?`).get(attendee.email) as { id: string; eventId: string };
    db.prepare(`INSERT INTO "CheckIn" ("id", "registrationId", "eventId", "checkedInAt", "method", "operationId", "byLabel", "createdAt") VALUES (?, ?, ?, ?, 'SEARCH', ?, 'accueil', ?)`).run(
      randomUUID(), registration.id, registration.eventId, sqliteDate(new Date(startsAt.getTime() + 10 * 60_000)), randomUUID(), sqliteDate(new Date()),
    );
  } finally {
    db.close();
  }
});

// The day goes back to its date, option and signatory; the people leave, their arrivals with them.
test.afterAll(async ({ playwright }) => {
  const db = e2eDatabase();
  try {
    db.prepare(`UPDATE "Event" SET "startsAt" = ?, "endsAt" = ?, "certificatesByEmail" = ?, "certificateSignatoryName" = ?, "certificateSignatoryTitle" = ? WHERE "slug" = ?`).run(
      saved.startsAt, saved.endsAt, saved.certificatesByEmail, saved.certificateSignatoryName, saved.certificateSignatoryTitle, SLUG,
    );
    for (const { email } of [attendee, noShow]) {
      db.prepare(`DELETE FROM "CheckIn" WHERE "registrationId" IN (SELECT "Registration"."id" FROM "Registration" JOIN "Attendee" ON "Attendee"."id" = "attendeeId" WHERE "email" = ?)`).run(email);
    }
  } finally {
    db.close();
  }
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  for (const { manageToken } of [attendee, noShow]) expect((await api.delete(`/api/registrations/${manageToken}`)).status()).toBe(200);
  await api.dispose();
});

test("the person checked in receives their certificate by email, downloads it again, and the organiser sees it sent", async ({ page, expectAccessible }) => {
  test.slow(); // the app's job runs on its own timer
  const [mail] = await certificateEmails(attendee.email);
  expect(mail.text).toContain("Vous trouverez en pièce jointe votre attestation de présence");
  const [pdf] = mail.attachments.filter((attachment) => attachment.contentType === "application/pdf");
  expect(pdf.filename).toBe(`attestation-presence_${SLUG}.pdf`);
  const text = await pdfText(pdf.content);
  expect(text).toContain(`Zoë ${lastName}`);
  expect(text).toContain("Claire Fontaine, vice-présidente du conseil régional, atteste que");
  expect(text).toMatch(/Présence : de \d{1,2} h( \d{2})? à \d{1,2} h( \d{2})?, soit 7 h 50\./);

  await page.goto(`/inscription/gerer/${attendee.manageToken}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon inscription");
  const link = page.getByRole("link", { name: "Télécharger mon attestation de présence (PDF)" });
  await expect(link).toHaveCount(1);
  await expectAccessible();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe(`attestation-presence_${SLUG}.pdf`);
  const again = await pdfText(Buffer.concat(await (await download.createReadStream()).toArray()));
  expect(again).toContain(`Zoë ${lastName}`);
  expect(again).toMatch(/soit 7 h 50\./);

  // The person who did not come: no link, no email, and the address answers nothing for them.
  await page.goto(`/inscription/gerer/${noShow.manageToken}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon inscription");
  await expect(page.getByRole("link", { name: "Télécharger mon attestation de présence (PDF)" })).toHaveCount(0);
  expect((await page.request.get(`/api/registrations/${noShow.manageToken}/certificates/${SLUG}`)).status()).toBe(409);
  expect((await emailsTo(noShow.email)).filter((received) => received.subject === SUBJECT)).toEqual([]);

  // The organiser of the day: the certificates are sent, nobody present is left without one.
  const db = e2eDatabase();
  const organiser = createAccount(db, { label: "orga-bordeaux", role: "ORGANISER", eventSlugs: [SLUG] });
  db.close();
  await page.context().addCookies([{ name: "next-auth.session-token", value: sessionCookie(organiser).split("=")[1], url: BASE_URL }]);
  await page.goto(`/admin/evenements/${SLUG}`);
  const section = page.getByRole("region", { name: "Attestations de présence" });
  await expect(section).toContainText("Toutes les personnes présentes ont reçu la leur.");
  await expect(section.getByRole("button", { name: "Envoyer les attestations maintenant" })).toHaveCount(0);
  await expectAccessible();

  // An arrival recorded afterwards (an admin's correction) while the day's option is off, so that
  // the job leaves it alone: the organiser sends it with « Envoyer les attestations maintenant ».
  const later = e2eDatabase();
  try {
    later.transaction(() => {
      later.prepare(`UPDATE "Event" SET "certificatesByEmail" = 0 WHERE "slug" = ?`).run(SLUG);
      const registration = later.prepare(`SELECT "Registration"."id", "eventId" FROM "Registration" JOIN "Attendee" ON "Attendee"."id" = "attendeeId" WHERE "email" = ?`).get(noShow.email) as { id: string; eventId: string };
      const { startsAt } = later.prepare(`SELECT "startsAt" FROM "Event" WHERE "slug" = ?`).get(SLUG) as { startsAt: string };
      later.prepare(`INSERT INTO "CheckIn" ("id", "registrationId", "eventId", "checkedInAt", "method", "operationId", "byLabel", "createdAt") VALUES (?, ?, ?, ?, 'SEARCH', ?, 'correction', ?)`).run(
        randomUUID(), registration.id, registration.eventId, sqliteDate(new Date(new Date(startsAt).getTime() + HOUR)), randomUUID(), sqliteDate(new Date()),
      );
    })();
  } finally {
    later.close();
  }
  await page.reload();
  await expect(section).toContainText("1 personne présente sans attestation envoyée.");
  await section.getByRole("button", { name: "Envoyer les attestations maintenant" }).click();
  await expect(section).toContainText("Toutes les personnes présentes ont reçu la leur.");
  expect(await certificateEmails(noShow.email)).toHaveLength(1);
  // Sent once, whatever the job's later runs.
  expect(await certificateEmails(attendee.email)).toHaveLength(1);
});
