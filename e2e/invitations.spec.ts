// Reserved places and invitations: an admin keeps 10 places of a day, invites three people from a
// CSV file saved by French Excel (Windows-1252; a bad line is pointed out), the public fills the day,
// an invitee still registers with the personal link (answering the day's question), another declines, and when the release date passes the people waiting get the
// places nobody took. Every new page gets an axe scan. What the journey adds is removed afterwards.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { createAccount, e2eDatabase, type TestAccount } from "./database";
import { BASE_URL } from "./local-database";
import { linkIn, readEmail } from "./mailbox";
import { fillEvent, registerThroughApi, uniqueEmail } from "./registrations";

const SLUG = "bordeaux";
const TITLE = "Journée régionale de Bordeaux";

test.describe.configure({ mode: "serial" });

let admin: TestAccount;
let context: BrowserContext;
let page: Page;
/** Manage tokens of everyone the journey registered, the people waiting first: cancelled afterwards. */
const waitingTokens: string[] = [];
const seatedTokens: string[] = [];
const invitees = [uniqueEmail("invitee-accepte"), uniqueEmail("invitee-decline"), uniqueEmail("invitee-silence")];
const QUESTION_ID = "e2e-invitations-question";

function sql(statement: string, ...params: unknown[]): void {
  const db = e2eDatabase();
  try {
    db.prepare(statement).run(...params);
  } finally {
    db.close();
  }
}

function statusesOf(tokens: string[]): Promise<string[]> {
  return Promise.all(
    tokens.map(async (token) => {
      const response = await page.request.get(`/api/registrations/${token}`);
      const body = (await response.json()) as { registrations: { event: string; status: string }[] };
      return body.registrations.find((registration) => registration.event === SLUG)!.status;
    }),
  );
}

test.beforeAll(async ({ browser }) => {
  const db = e2eDatabase();
  admin = createAccount(db, { label: "admin-invitations", role: "ADMIN" });
  db.close();
  context = await browser.newContext({ baseURL: BASE_URL, locale: "fr-FR", timezoneId: "Europe/Paris" });
  await context.addCookies([{ name: "next-auth.session-token", value: admin.sessionToken, url: BASE_URL }]);
  page = await context.newPage();
});

// Other journeys count the day's places: every registration made here is cancelled, the
// invitations removed and the reserved places given back.
test.afterAll(async () => {
  sql(`UPDATE "Event" SET "reservedPlaces" = 0, "reservedReleaseAt" = NULL, "reservedReleasedAt" = NULL WHERE "slug" = ?`, SLUG);
  for (const token of [...waitingTokens, ...seatedTokens]) expect([200, 409]).toContain((await page.request.delete(`/api/registrations/${token}`)).status());
  sql(`DELETE FROM "Invitation" WHERE "eventId" = (SELECT "id" FROM "Event" WHERE "slug" = ?)`, SLUG);
  sql(`DELETE FROM "Question" WHERE "id" = ?`, QUESTION_ID);
  await context.close();
});

test("an admin keeps places of a day and invites people from a pasted list", async () => {
  await page.goto(`/admin/evenements/${SLUG}`);
  await page.getByRole("link", { name: "Places réservées et invitations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Places réservées et invitations : ${TITLE}`);
  await expectNoAxeViolations(page);

  await page.getByLabel("Nombre de places réservées").fill("10");
  await page.getByRole("button", { name: "Enregistrer les places réservées" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Places réservées enregistrées" })).toHaveText("Places réservées enregistrées : 10.");

  await page.getByRole("link", { name: "Inviter plusieurs personnes (liste ou fichier CSV)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Inviter plusieurs personnes : ${TITLE}`);
  await expectNoAxeViolations(page);
  const list = [
    "email;prénom;nom;organisation",
    `${invitees[0]};Inès;Invitée;Réseau des collectivités`,
    "pas-une-adresse;Jean;Dupont;ADF",
    `${invitees[1]};Denis;Déclin;Presse régionale`,
    `${invitees[2]};Sam;Silence;ARF`,
  ].join("\n");
  // Uploaded as French Excel saves a CSV: in Windows-1252 (« Inès », « Déclin »).
  await page.getByLabel("Ou un fichier CSV").setInputFiles({ name: "invitations.csv", mimeType: "text/csv", buffer: Buffer.from(list, "latin1") });
  await page.getByLabel("Rôle").selectOption({ label: "Intervenant·e" });
  await page.getByLabel("Message").fill("Nous comptons sur vous pour la table ronde.");
  await page.getByRole("button", { name: "Prévisualiser" }).click();

  const preview = page.getByRole("region", { name: /3 personnes prêtes à inviter, 1 ligne à corriger/ });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole("row").filter({ hasText: "pas-une-adresse" })).toContainText("Indiquez une adresse email valide");
  await expect(preview.getByRole("row").filter({ hasText: invitees[1] })).toContainText("Déclin");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Envoyer 3 invitations" }).click();
  await expect(page.getByRole("status").filter({ hasText: "envoyées" })).toHaveText("3 invitations envoyées.");

  await page.goto(`/admin/evenements/${SLUG}/invitations`);
  const table = page.getByRole("table", { name: "Invitations de la journée" });
  for (const email of invitees) await expect(table.getByRole("row").filter({ hasText: email })).toContainText("envoyée");
});

test("the public fills the day: the reserved places are not theirs", async () => {
  test.slow(); // 90 registrations
  seatedTokens.push(...(await fillEvent(page.request, SLUG)));
  expect(seatedTokens).toHaveLength(90);
  for (const label of ["attente-1", "attente-2"]) {
    const waiting = await registerThroughApi(page.request, [SLUG], label);
    expect(waiting.registrations[0].status).toBe("WAITLISTED");
    waitingTokens.push(waiting.manageToken!);
  }
});

test("an invitee still registers with the personal link; another declines", async () => {
  // The day asks a question (added now: the public's registrations above are made without it).
  const now = new Date().toISOString().replace("Z", "+00:00");
  sql(
    `INSERT INTO "Question" ("id", "eventId", "purpose", "key", "type", "label", "required", "sensitive", "position", "createdAt", "updatedAt") VALUES (?, (SELECT "id" FROM "Event" WHERE "slug" = ?), 'REGISTRATION', 'atelier-invites', 'YES_NO', 'Participerez-vous à l''atelier ?', 1, 0, 99, ?, ?)`,
    QUESTION_ID, SLUG, now, now,
  );
  const invitation = await readEmail(invitees[0], /^Invitation : Journée régionale de Bordeaux$/);
  await page.goto(linkIn(invitation, "/inscription/invitation/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Votre invitation : ${TITLE}`);
  await expect(page.getByText("Nous comptons sur vous pour la table ronde.")).toBeVisible();
  await expect(page.getByLabel("Prénom", { exact: true })).toHaveValue("Inès");
  await expect(page.getByLabel("Collectivité ou structure", { exact: true })).toHaveValue("Réseau des collectivités");
  await expectNoAxeViolations(page);
  await page.getByLabel("Type de structure", { exact: true }).selectOption({ label: "Réseau de collectivités" });
  await page.getByLabel("Fonction", { exact: true }).fill("Présidente");
  await page.getByRole("radio", { name: "Élu·e" }).check();
  await page.getByRole("group", { name: "Participerez-vous à l'atelier ?" }).getByRole("radio", { name: "Oui" }).check();
  await page.getByRole("checkbox", { name: /^J'accepte/ }).check();
  await page.getByRole("button", { name: "Accepter l'invitation et m'inscrire" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");
  seatedTokens.push((await page.getByRole("link", { name: "Gérer mon inscription" }).getAttribute("href"))!.split("/").at(-1)!);
  expect(await statusesOf(seatedTokens.slice(-1))).toEqual(["CONFIRMED"]);
  const mine = (await (await page.request.get(`/api/registrations/${seatedTokens.at(-1)}`)).json()) as { registrations: { event: string; answers: unknown }[] };
  expect(mine.registrations.find((registration) => registration.event === SLUG)?.answers).toEqual({ "atelier-invites": true });

  const declined = await readEmail(invitees[1], /^Invitation : Journée régionale de Bordeaux$/);
  await page.goto(linkIn(declined, "/decliner"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Décliner l'invitation");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Je ne viendrai pas : décliner l'invitation" }).click();
  await expect(page.getByRole("status")).toHaveText("Votre réponse est enregistrée : vous avez décliné l'invitation. Merci de nous avoir prévenus.");
  await expectNoAxeViolations(page);
  // The link is now closed.
  await page.goto(linkIn(declined, "/inscription/invitation/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cette invitation n'est plus valable");
  await expectNoAxeViolations(page);

  await page.goto(`/admin/evenements/${SLUG}/invitations`);
  const table = page.getByRole("table", { name: "Invitations de la journée" });
  await expect(table.getByRole("row").filter({ hasText: invitees[0] })).toContainText("acceptée");
  await expect(table.getByRole("row").filter({ hasText: invitees[1] })).toContainText("déclinée");
  await expect(table.getByRole("row").filter({ hasText: invitees[2] })).toContainText("envoyée");
  await expect(page.getByText(/1\s+prise par des personnes invitées/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/admin/evenements/${SLUG}/inscrits?q=Invit%C3%A9e`);
  await expect(page.getByRole("table")).toContainText("Invité·e : Intervenant·e");
});

test("when the release date passes, the people waiting get the places nobody took", async () => {
  expect(await statusesOf(waitingTokens)).toEqual(["WAITLISTED", "WAITLISTED"]);
  sql(`UPDATE "Event" SET "reservedReleaseAt" = ? WHERE "slug" = ?`, new Date(Date.now() - 60_000).toISOString().replace("Z", "+00:00"), SLUG);
  // The release job runs every JOBS_INTERVAL_SECONDS (30 s by default).
  await expect(async () => expect(await statusesOf(waitingTokens)).toEqual(["OFFERED", "OFFERED"])).toPass({ timeout: 75_000, intervals: [1_000] });
  const places = (await (await page.request.get(`/api/events/${SLUG}`)).json()) as { placesLeft: number };
  expect(places.placesLeft).toBe(100 - 90 - 1 - 2);
  await page.goto(`/admin/evenements/${SLUG}/invitations`);
  await expect(page.getByText(/libérées pour le public le/)).toBeVisible();
});

test("with JavaScript turned off, the list is previewed and sent, and an invitee declines", async ({ browser }) => {
  const plain = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  await plain.addCookies([{ name: "next-auth.session-token", value: admin.sessionToken, url: BASE_URL }]);
  const noScript = await plain.newPage();
  const email = uniqueEmail("invitee-sans-js");
  try {
    await noScript.goto(`/admin/evenements/${SLUG}/invitations/import`);
    await noScript.getByLabel("Personnes à inviter").fill(`${email};Noé;Sans-Script;Presse locale\n${email};Noé;Doublon;X`);
    await noScript.getByLabel("Rôle").selectOption({ label: "Presse" });
    await noScript.getByRole("button", { name: "Prévisualiser" }).click();
    const preview = noScript.getByRole("region", { name: /1 personne prête à inviter, 1 ligne à corriger/ });
    await expect(preview.getByRole("row").filter({ hasText: "Doublon" })).toContainText("Cette adresse figure déjà à la ligne 1.");
    await noScript.getByRole("button", { name: "Envoyer 1 invitation" }).click();
    await expect(noScript.getByRole("status").filter({ hasText: "envoyée" })).toHaveText("1 invitation envoyée.");

    const invitation = await readEmail(email, /^Invitation : Journée régionale de Bordeaux$/);
    await noScript.goto(linkIn(invitation, "/decliner"));
    await noScript.getByRole("button", { name: "Je ne viendrai pas : décliner l'invitation" }).click();
    await expect(noScript.getByRole("status")).toContainText("vous avez décliné l'invitation");
  } finally {
    await plain.close();
  }
});
