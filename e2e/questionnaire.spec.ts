// After the day: the person checked in receives the day's questionnaire the morning after (the
// app's own background job), answers it anonymously through their link (without JavaScript too),
// and the organiser of the day sees the chart of the answers.
import { randomUUID } from "node:crypto";
import type { ParsedMail } from "mailparser";
import { expect, test } from "./fixtures";
import { createAccount, e2eDatabase, sessionCookie } from "./database";
import { BASE_URL } from "./local-database";
import { emailsTo, linkIn } from "./mailbox";
import { registerThroughApi, type ApiRegistration } from "./registrations";

const SLUG = "grenoble";
const HOUR = 3_600_000;
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");
const SUBJECT = "Votre avis sur la journée : Journée régionale de Grenoble";
const QUESTION_ID = `e2e-questionnaire-${randomUUID()}`;

let saved: { startsAt: string; endsAt: string };
let attendee: ApiRegistration;
let noShow: ApiRegistration;

/** The questionnaire emails to an address, waiting (up to a few ticks of the app's job timer) for the first. */
async function questionnaireEmails(to: string): Promise<ParsedMail[]> {
  let found: ParsedMail[] = [];
  await expect(async () => {
    found = (await emailsTo(to)).filter((mail) => mail.subject === SUBJECT);
    expect(found.length, `a questionnaire email to ${to}`).toBeGreaterThanOrEqual(1);
  }).toPass({ timeout: 100_000 });
  return found;
}

test.beforeAll(async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  attendee = await registerThroughApi(api, [SLUG], "questionnaire");
  noShow = await registerThroughApi(api, [SLUG], "questionnaire-absente");
  await api.dispose();
  // The day took place two days ago with a questionnaire of one question; the person came, the other did not.
  const db = e2eDatabase();
  try {
    saved = db.prepare(`SELECT "startsAt", "endsAt" FROM "Event" WHERE "slug" = ?`).get(SLUG) as typeof saved;
    const startsAt = new Date(Date.now() - 56 * HOUR);
    db.prepare(`UPDATE "Event" SET "startsAt" = ?, "endsAt" = ?, "questionnaireEnabled" = 1 WHERE "slug" = ?`).run(sqliteDate(startsAt), sqliteDate(new Date(startsAt.getTime() + 8 * HOUR)), SLUG);
    const { id: eventId } = db.prepare(`SELECT "id" FROM "Event" WHERE "slug" = ?`).get(SLUG) as { id: string };
    const now = sqliteDate(new Date());
    db.prepare(
      `INSERT INTO "Question" ("id", "eventId", "purpose", "key", "type", "label", "required", "sensitive", "position", "createdAt", "updatedAt") VALUES (?, ?, 'FEEDBACK', 'avis-journee', 'SINGLE_CHOICE', 'Votre avis sur la journée', 1, 0, 0, ?, ?)`,
    ).run(QUESTION_ID, eventId, now, now);
    ["Très bien", "Bien", "Décevant"].forEach((label, position) =>
      db.prepare(`INSERT INTO "QuestionChoice" ("id", "questionId", "key", "label", "position") VALUES (?, ?, ?, ?, ?)`).run(randomUUID(), QUESTION_ID, `choix-${position}`, label, position),
    );
    const registration = db.prepare(`SELECT "Registration"."id" FROM "Registration" JOIN "Attendee" ON "Attendee"."id" = "attendeeId" WHERE "email" = ?`).get(attendee.email) as { id: string };
    db.prepare(`INSERT INTO "CheckIn" ("id", "registrationId", "eventId", "checkedInAt", "method", "operationId", "byLabel", "createdAt") VALUES (?, ?, ?, ?, 'SEARCH', ?, 'accueil', ?)`).run(
      randomUUID(), registration.id, eventId, sqliteDate(new Date(startsAt.getTime() + 10 * 60_000)), randomUUID(), now,
    );
  } finally {
    db.close();
  }
});

// The day goes back to its date, without questionnaire; its answers, invites and arrival go; the people leave.
test.afterAll(async ({ playwright }) => {
  const db = e2eDatabase();
  try {
    const { id: eventId } = db.prepare(`SELECT "id" FROM "Event" WHERE "slug" = ?`).get(SLUG) as { id: string };
    db.prepare(`UPDATE "Event" SET "startsAt" = ?, "endsAt" = ?, "questionnaireEnabled" = 0 WHERE "slug" = ?`).run(saved.startsAt, saved.endsAt, SLUG);
    db.prepare(`DELETE FROM "FeedbackResponse" WHERE "eventId" = ?`).run(eventId);
    db.prepare(`DELETE FROM "QuestionnaireInvite" WHERE "eventId" = ?`).run(eventId);
    db.prepare(`DELETE FROM "Question" WHERE "id" = ?`).run(QUESTION_ID);
    db.prepare(`DELETE FROM "CheckIn" WHERE "registrationId" IN (SELECT "Registration"."id" FROM "Registration" JOIN "Attendee" ON "Attendee"."id" = "attendeeId" WHERE "email" = ?)`).run(attendee.email);
  } finally {
    db.close();
  }
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  for (const { manageToken } of [attendee, noShow]) expect((await api.delete(`/api/registrations/${manageToken}`)).status()).toBe(200);
  await api.dispose();
});

test("the person who came receives the questionnaire, answers it anonymously, and the organiser sees the chart", async ({ page, browser, expectAccessible }) => {
  test.slow(); // the app's job runs on its own timer
  const [mail] = await questionnaireEmails(attendee.email);
  expect(mail.text).toContain("Vos réponses sont anonymes");
  const link = linkIn(mail, "/questionnaire/");

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre avis sur la journée : Journée régionale de Grenoble");
  await expect(page.getByText("Vos réponses sont anonymes")).toBeVisible();
  await expectAccessible();
  // A required answer missing: a French message, no error page.
  await page.getByRole("button", { name: /Enregistrer mes réponses/ }).click();
  await expect(page.getByRole("alert", { name: /Le formulaire contient/ })).toContainText("Votre avis sur la journée");
  await page.getByRole("radio", { name: "Très bien" }).check();
  await page.getByRole("button", { name: /Enregistrer mes réponses/ }).click();
  await expect(page.getByText("Vos réponses ont été enregistrées. Merci !")).toBeVisible();
  // Back through the link: the answer is there, and may be changed.
  await page.goto(link);
  await expect(page.getByRole("radio", { name: "Très bien" })).toBeChecked();
  // Changed without JavaScript: the form posts and answers on the server; still one response.
  const withoutScript = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  const plain = await withoutScript.newPage();
  await plain.goto(link);
  await expect(plain.getByRole("radio", { name: "Très bien" })).toBeChecked();
  await plain.getByRole("radio", { name: "Bien", exact: true }).check();
  await plain.getByRole("button", { name: /Enregistrer mes réponses/ }).click();
  await expect(plain.getByText("Vos réponses ont été modifiées. Merci !")).toBeVisible();
  await withoutScript.close();
  // A forged link: a clear page, not an error.
  await page.goto(`${link.slice(0, -3)}xyz`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lien non valable");

  // The person who did not come received nothing.
  expect((await emailsTo(noShow.email)).filter((received) => received.subject === SUBJECT)).toEqual([]);

  // The organiser of the day: the chart and its table, one answer, no name.
  const db = e2eDatabase();
  const organiser = createAccount(db, { label: "orga-grenoble", role: "ORGANISER", eventSlugs: [SLUG] });
  db.close();
  await page.context().addCookies([{ name: "next-auth.session-token", value: sessionCookie(organiser).split("=")[1], url: BASE_URL }]);
  await page.goto(`/admin/evenements/${SLUG}/questionnaire/resultats`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Résultats du questionnaire");
  const figure = page.getByRole("figure", { name: "Votre avis sur la journée (1 réponse)" });
  await expect(figure.locator("svg")).toHaveCount(1);
  await expect(figure.getByRole("row", { name: "Bien 1", exact: true })).toHaveCount(1);
  await expect(figure.getByRole("row", { name: "Très bien 0", exact: true })).toHaveCount(1);
  await expect(page.getByText(attendee.email)).toHaveCount(0);
  await expectAccessible();
  const csv = await page.request.get(`/api/admin/events/${SLUG}/exports/questionnaire?format=csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Bien");
  // Sent once, whatever the job's later runs.
  expect(await questionnaireEmails(attendee.email)).toHaveLength(1);
});

test("an admin edits the day's questionnaire on its page", async ({ page, expectAccessible }) => {
  const db = e2eDatabase();
  const admin = createAccount(db, { label: "admin-questionnaire", role: "ADMIN" });
  db.close();
  await page.context().addCookies([{ name: "next-auth.session-token", value: sessionCookie(admin).split("=")[1], url: BASE_URL }]);
  await page.goto(`/admin/evenements/${SLUG}/questionnaire`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questionnaire : Journée régionale de Grenoble");
  await expect(page.getByText("Votre avis sur la journée", { exact: true })).toBeVisible();
  await expectAccessible();
});

test("an admin sends the questionnaire during the day, during its closing session, to those already there", async ({ page, playwright, expectAccessible }) => {
  const DAY = "bordeaux";
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  const present = await registerThroughApi(api, [DAY], "questionnaire-maintenant");
  const questionId = `e2e-questionnaire-now-${randomUUID()}`;
  const db = e2eDatabase();
  const day = db.prepare(`SELECT "id", "startsAt", "endsAt" FROM "Event" WHERE "slug" = ?`).get(DAY) as { id: string; startsAt: string; endsAt: string };
  let admin;
  try {
    // The day started six hours ago and ends in an hour, with a questionnaire of one question; the person came in.
    const startsAt = new Date(Date.now() - 6 * HOUR);
    const now = sqliteDate(new Date());
    db.prepare(`UPDATE "Event" SET "startsAt" = ?, "endsAt" = ?, "questionnaireEnabled" = 1 WHERE "id" = ?`).run(sqliteDate(startsAt), sqliteDate(new Date(Date.now() + HOUR)), day.id);
    db.prepare(
      `INSERT INTO "Question" ("id", "eventId", "purpose", "key", "type", "label", "required", "sensitive", "position", "createdAt", "updatedAt") VALUES (?, ?, 'FEEDBACK', 'un-mot', 'LONG_TEXT', 'Un mot sur la journée ?', 0, 0, 0, ?, ?)`,
    ).run(questionId, day.id, now, now);
    const registration = db.prepare(`SELECT "Registration"."id" FROM "Registration" JOIN "Attendee" ON "Attendee"."id" = "attendeeId" WHERE "email" = ?`).get(present.email) as { id: string };
    db.prepare(`INSERT INTO "CheckIn" ("id", "registrationId", "eventId", "checkedInAt", "method", "operationId", "byLabel", "createdAt") VALUES (?, ?, ?, ?, 'SEARCH', ?, 'accueil', ?)`).run(
      randomUUID(), registration.id, day.id, sqliteDate(new Date(startsAt.getTime() + 10 * 60_000)), randomUUID(), now,
    );
    admin = createAccount(db, { label: "admin-questionnaire-maintenant", role: "ADMIN" });
  } finally {
    db.close();
  }
  try {
    await page.context().addCookies([{ name: "next-auth.session-token", value: sessionCookie(admin).split("=")[1], url: BASE_URL }]);
    await page.goto(`/admin/evenements/${DAY}/questionnaire`);
    const sending = page.getByRole("region", { name: "Envoi" });
    await expect(sending).toContainText("Envoyé à 0 personne à ce jour.");
    await expect(sending).toContainText("1 personne présente ne l'a pas encore reçu.");
    await expectAccessible();
    await sending.getByRole("button", { name: "Envoyer le questionnaire maintenant" }).click();
    await expect(sending).toContainText("Envoyé à 1 personne à ce jour.");
    await expect(sending.getByRole("button", { name: "Envoyer le questionnaire maintenant" })).toHaveCount(0);
    await expect(async () => {
      const mails = (await emailsTo(present.email)).filter((mail) => mail.subject === "Votre avis sur la journée : Journée régionale de Bordeaux");
      expect(mails).toHaveLength(1);
    }).toPass({ timeout: 30_000 });
  } finally {
    // The day goes back to its date, without questionnaire; the person leaves.
    const cleanup = e2eDatabase();
    try {
      cleanup.prepare(`UPDATE "Event" SET "startsAt" = ?, "endsAt" = ?, "questionnaireEnabled" = 0 WHERE "id" = ?`).run(day.startsAt, day.endsAt, day.id);
      cleanup.prepare(`DELETE FROM "QuestionnaireInvite" WHERE "eventId" = ?`).run(day.id);
      cleanup.prepare(`DELETE FROM "Question" WHERE "id" = ?`).run(questionId);
      cleanup.prepare(`DELETE FROM "CheckIn" WHERE "registrationId" IN (SELECT "Registration"."id" FROM "Registration" JOIN "Attendee" ON "Attendee"."id" = "attendeeId" WHERE "email" = ?)`).run(present.email);
    } finally {
      cleanup.close();
    }
    expect((await api.delete(`/api/registrations/${present.manageToken}`)).status()).toBe(200);
    await api.dispose();
  }
});
