// An admin runs the series from the browser: signs in with the link the test SMTP server received,
// creates and publishes a day, adds a programme item, confirms a speaker (the public page changes)
// and announces it, raises a full day's capacity (the person waiting gets an offer by email).
// Every back-office page gets an axe scan; the main forms are used with the keyboard alone.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";
import { e2eDatabase } from "./database";
import { BASE_URL } from "./local-database";
import { emailsTo, linkIn, readEmail } from "./mailbox";
import { registerThroughApi, uniqueEmail } from "./registrations";

/** The first admin, from ADMIN_EMAILS (playwright.config.ts). */
const ADMIN = "admin-e2e@rencontres.example.fr";

test.describe.configure({ mode: "serial" });

let page: Page;

/** The journey keeps one browser session (the admin's) from test to test. */
test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext({ baseURL: BASE_URL, locale: "fr-FR", timezoneId: "Europe/Paris" })).newPage();
});
/** Other files' journeys run on this worker's database next: what this file added goes whatever failed. */
test.afterAll(async () => {
  await page.context().close();
  const db = e2eDatabase();
  try {
    db.transaction(() => {
      db.prepare(
        `DELETE FROM "ProgrammeItemSpeaker" WHERE "programmeItemId" IN (SELECT "id" FROM "ProgrammeItem" WHERE "title" = 'Témoignage d''une coopérative d''habitants')`,
      ).run();
      db.prepare(`DELETE FROM "ProgrammeItem" WHERE "title" = 'Témoignage d''une coopérative d''habitants'`).run();
      db.prepare(`UPDATE "Event" SET "status" = 'DRAFT' WHERE "slug" = 'lille'`).run();
    })();
  } finally {
    db.close();
  }
});

/** Presses Tab until the element has the focus. */
async function tabUntil(target: Locator, presses = 150): Promise<void> {
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(target).toBeFocused();
}

/** Tabs to a field and types into it, as a keyboard user does. */
async function typeInto(label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await tabUntil(field);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

async function visit(path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expectNoAxeViolations(page);
}

test("an admin signs in with the link sent by email; the link works once", async () => {
  await page.goto("/admin/evenements/journee-nationale");
  await expect(page).toHaveURL(/\/admin\/connexion\?retour=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion à l'espace des organisateurs");
  await expectNoAxeViolations(page);

  // An unknown address gets the same answer as a known one, and no email.
  await page.getByLabel("Adresse email").fill("inconnue@e2e.rencontres.example.fr");
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre messagerie");
  const neutral = await page.locator("main").innerText();

  await page.goto("/admin/connexion");
  await typeInto("Adresse email", ADMIN);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre messagerie");
  expect(await page.locator("main").innerText()).toBe(neutral);
  await expectNoAxeViolations(page);

  const mail = await readEmail(ADMIN, /^Votre lien de connexion/);
  // Asked for first, it would have been sent first (the outbox sends in order): there is none.
  expect(await emailsTo("inconnue@e2e.rencontres.example.fr")).toHaveLength(0);
  const link = linkIn(mail, "/api/auth/callback/email");
  await page.goto(link);
  await expect(page).toHaveURL(/\/admin$/);
  await visit("/admin", "Journées");
  await expect(page.getByText(ADMIN)).toBeVisible();

  const elsewhere = await page.context().browser()!.newContext({ baseURL: BASE_URL });
  const other = await elsewhere.newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Connexion impossible");
  await expect(other.getByText("Ce lien de connexion n'est plus valable")).toBeVisible();
  await expectNoAxeViolations(other);

  // A link past its 15 minutes opens nothing either.
  await other.goto("/admin/connexion");
  await other.getByLabel("Adresse email").fill(ADMIN);
  await other.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre messagerie");
  const late = await readEmail(ADMIN, /^Votre lien de connexion/, { after: mail });
  const db = e2eDatabase();
  db.prepare(`UPDATE "VerificationToken" SET "expires" = ? WHERE "identifier" = ?`).run(new Date(Date.now() - 1000).toISOString().replace("Z", "+00:00"), ADMIN);
  db.close();
  await other.goto(linkIn(late, "/api/auth/callback/email"));
  await expect(other.getByText("Ce lien de connexion n'est plus valable")).toBeVisible();
  await other.goto("/admin");
  await expect(other).toHaveURL(/\/admin\/connexion/);
  await elsewhere.close();
});

test("the admin creates a day and publishes it", async () => {
  await visit("/admin/evenements/nouvelle", "Créer une journée");
  await page.getByRole("button", { name: "Créer la journée" }).click();
  await expect(page.getByRole("heading", { name: /Le formulaire contient \d+ erreurs/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await typeInto("Titre", "Journée régionale de Lille");
  await typeInto("Adresse de la page", "lille");
  await typeInto("Présentation", "Rencontre régionale des Hauts-de-France.");
  await page.getByLabel("Date", { exact: true }).fill("2028-10-17");
  await typeInto("Ville", "Lille");
  await page.getByLabel("Capacité (nombre de places)").fill("1");
  await page.getByRole("button", { name: "Créer la journée" }).click();
  await expect(page).toHaveURL(/\/admin\/evenements\/lille\?creee=1$/);
  await expect(page.getByText("Brouillon (non publiée)").first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await page.request.get("/api/events/lille")).status()).toBe(404);

  await page.getByRole("button", { name: "Publier et ouvrir les inscriptions" }).click();
  await expect(page.getByText("La journée est publiée")).toBeVisible();
  expect((await page.request.get("/api/events/lille")).status()).toBe(200);
});

test("raising a full day's capacity offers the place to the first person waiting, by email", async () => {
  expect((await registerThroughApi(page.request, ["lille"], "lille-premiere")).registrations[0].status).toBe("CONFIRMED");
  const { email: waiting, registrations } = await registerThroughApi(page.request, ["lille"], "lille-attente");
  expect(registrations[0].status).toBe("WAITLISTED");

  await visit("/admin/evenements/lille/modifier", /^Modifier : Journée régionale de Lille$/);
  await page.getByLabel("Capacité (nombre de places)").fill("0");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("link", { name: /La capacité : au moins 1/ })).toBeVisible();
  await expect(page.getByLabel("Ville")).toHaveValue("Lille");

  await typeInto("Capacité (nombre de places)", "2");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("1 personne de la liste d'attente a reçu une place.");
  const offer = await readEmail(waiting, /^Une place vous est proposée : Journée régionale de Lille/);
  expect(offer.text).toContain("Journée régionale de Lille");
});

test("the admin adds a programme item from the keyboard; it shows on the public page", async () => {
  await visit("/admin/evenements/journee-nationale/programme", /^Programme : Journée nationale$/);
  await tabUntil(page.getByLabel("Type de séquence"));
  await page.keyboard.type("Inter");
  await expect(page.getByLabel("Type de séquence")).toHaveValue("KEYNOTE");
  await typeInto("Titre", "Témoignage d'une coopérative d'habitants");
  // Headless Chromium's time fields ignore typed digits: their values are set, the rest is keyboard.
  await page.getByLabel("Début", { exact: true }).fill("11:15");
  await page.getByLabel("Fin (facultatif)", { exact: true }).fill("11:30");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Séquence ajoutée : Témoignage d'une coopérative d'habitants.");
  await expectNoAxeViolations(page);

  await page.goto("/evenements/journee-nationale");
  await expect(page.getByRole("heading", { name: "Témoignage d'une coopérative d'habitants" })).toBeVisible();
});

test("confirming a speaker removes « sous réserve » from the public page, then the change is announced", async () => {
  const SPEAKER = "Camille Durand-Lefèvre";
  const item = () => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Témoignage d'une coopérative d'habitants" }) });

  await visit("/admin/intervenants", "Intervenant·es");
  await typeInto("Nom", SPEAKER);
  await typeInto("Fonction (facultatif)", "présidente de la coopérative");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText(`${SPEAKER} est ajouté·e`);

  await page.goto("/admin/evenements/journee-nationale/programme");
  await page.getByRole("link", { name: "Modifier « Témoignage d'une coopérative d'habitants »" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Témoignage d'une coopérative d'habitants");
  await page.getByLabel("Intervenant·e", { exact: true }).selectOption({ label: `${SPEAKER}, présidente de la coopérative` });
  await page.getByRole("button", { name: "Ajouter à la séquence" }).click();
  await expect(page.getByText(`${SPEAKER}, présidente de la coopérative — sous réserve`)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/evenements/journee-nationale");
  await expect(item()).toContainText(SPEAKER);
  await expect(item()).toContainText("sous réserve");

  await page.goBack();
  await page.getByRole("button", { name: `Confirmer ${SPEAKER}` }).click();
  await expect(page.getByText(`${SPEAKER}, présidente de la coopérative — participation confirmée`)).toBeVisible();
  await page.goto("/evenements/journee-nationale");
  await expect(item()).toContainText(SPEAKER);
  await expect(item()).not.toContainText("sous réserve");

  await visit("/admin/evenements/journee-nationale/annonce", /^Annoncer les changements : Journée nationale$/);
  await expect(page.getByRole("region", { name: "Changements à annoncer" })).toContainText(`${SPEAKER} confirme sa participation`);
  await expect(page.getByText("Aperçu de l'email")).toBeVisible();
  await page.getByRole("button", { name: /^(Envoyer l'annonce|Marquer comme annoncé)/ }).click();
  await expect(page.getByRole("status")).toContainText("Annonce envoyée à");
  await expect(page.getByText("Aucun changement à annoncer")).toBeVisible();
});

test("the other back-office pages pass an accessibility scan", async () => {
  test.slow(); // seven pages rendered and scanned
  await visit("/admin/evenements/journee-nationale", "Journée nationale");
  await visit("/admin/evenements/journee-nationale/journal", /^Journal des modifications : Journée nationale$/);
  await expect(page.getByRole("cell", { name: "Intervenant·e confirmé·e" })).toBeVisible();
  await visit("/admin/journal", "Journal des modifications");
  await visit("/admin/emails", "Emails envoyés");
  await expect(page.getByRole("cell", { name: /Lien de connexion/ }).first()).toBeVisible();
  await visit("/admin/intervenants", "Intervenant·es");
  await page.getByRole("link", { name: "Benoît Hamon" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Benoît Hamon");
  await expectNoAxeViolations(page);
  await visit("/admin/comptes", "Comptes");
  await page.getByRole("link", { name: ADMIN }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ADMIN);
  await expectNoAxeViolations(page);
});

test("an admin invites an organiser, who sees only the day given to them", async () => {
  const organiser = uniqueEmail("organisatrice");
  await page.goto("/admin/comptes");
  await typeInto("Adresse email", organiser);
  await page.getByRole("checkbox", { name: "Journée régionale de Nancy" }).check();
  await page.getByRole("button", { name: "Créer le compte et envoyer l'invitation" }).click();
  await expect(page.getByRole("status")).toContainText(`une invitation (un lien de connexion) est envoyée à ${organiser}`);

  const invitation = await readEmail(organiser, /^Votre accès à l'espace des organisateurs/);
  const context = await page.context().browser()!.newContext({ baseURL: BASE_URL });
  const theirs = await context.newPage();
  await theirs.goto(linkIn(invitation, "/api/auth/callback/email"));
  await expect(theirs.getByRole("link", { name: "Journée régionale de Nancy" })).toBeVisible();
  await expect(theirs.getByRole("link", { name: "Journée nationale" })).toHaveCount(0);
  expect((await theirs.goto("/admin/evenements/journee-nationale"))!.status()).toBe(404);

  // No day ticked is no day: the organiser is told so and reaches none.
  await page.goto("/admin/comptes");
  await page.getByRole("link", { name: organiser }).click();
  // The list's own form has the same checkbox: the account's page must be there first.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(organiser);
  await page.getByRole("checkbox", { name: "Journée régionale de Nancy" }).uncheck();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toHaveText("Compte enregistré.");
  await theirs.goto("/admin");
  await expect(theirs.getByText("Aucune journée ne vous est attribuée : demandez à un·e administrateur·rice")).toBeVisible();
  await expect(theirs.getByRole("link", { name: "Journée régionale de Nancy" })).toHaveCount(0);
  await expectNoAxeViolations(theirs);
  expect((await theirs.goto("/admin/evenements/nancy"))!.status()).toBe(404);
  // Every day is a choice of its own, which includes the days created later.
  await page.getByRole("radio", { name: /^Toutes les journées/ }).check();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toHaveText("Compte enregistré.");
  await theirs.goto("/admin");
  await expect(theirs.getByRole("link", { name: "Journée nationale" })).toBeVisible();
  await page.goto("/admin/comptes");
  await expect(page.getByRole("row", { name: new RegExp(organiser) }).getByRole("cell").nth(1)).toHaveText("Toutes");

  await theirs.goto("/admin");
  await theirs.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(theirs).toHaveURL(/\/admin\/connexion\?deconnecte=1$/);
  await theirs.goto("/admin");
  await expect(theirs).toHaveURL(/\/admin\/connexion/);
  await context.close();
});

test("the admin removes the item and unpublishes the new day: the public site is as before", async () => {
  await page.goto("/admin/evenements/journee-nationale/programme");
  await page.getByRole("button", { name: "Supprimer « Témoignage d'une coopérative d'habitants »" }).click();
  await expect(page.getByRole("link", { name: "Modifier « Témoignage d'une coopérative d'habitants »" })).toHaveCount(0);
  await page.goto("/evenements/journee-nationale");
  await expect(page.getByRole("heading", { name: "Témoignage d'une coopérative d'habitants" })).toHaveCount(0);

  await page.goto("/admin/evenements/lille");
  await page.getByRole("button", { name: "Dépublier" }).click();
  await expect(page.getByText("La journée est dépubliée")).toBeVisible();
  expect((await page.request.get("/api/events/lille")).status()).toBe(404);
  expect((await (await page.request.get("/api/events")).json()).events).toHaveLength(5);
});
