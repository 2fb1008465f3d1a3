// An admin asks a day's own questions; a visitor answers them on registering, then changes an
// answer from the manage link; the export and the dashboard hold the answers.
import { parse } from "csv-parse/sync";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { createAccount, e2eDatabase, sessionCookie, type TestAccount } from "./database";
import { BASE_URL } from "./local-database";
import { fillRegistrationForm, person } from "./registrations";

const DAY = "rennes";
/** The day of the journey without JavaScript. */
const OTHER_DAY = "bordeaux";
const WORKSHOP = "Atelier de l'après-midi";
const DINNER = "Dînerez-vous sur place ?";

let admin: TestAccount;
const manageTokens: string[] = [];

test.beforeAll(() => {
  const db = e2eDatabase();
  admin = createAccount(db, { label: "admin-questions", role: "ADMIN" });
  db.close();
});

// Other journeys register for this day: its questions and this registration go.
test.afterAll(async ({ playwright }) => {
  const db = e2eDatabase();
  const questions = `SELECT "Question"."id" FROM "Question" JOIN "Event" ON "Event"."id" = "eventId" WHERE "slug" IN (?, ?)`;
  db.prepare(`DELETE FROM "Answer" WHERE "questionId" IN (${questions})`).run(DAY, OTHER_DAY);
  db.prepare(`DELETE FROM "QuestionChoice" WHERE "questionId" IN (${questions})`).run(DAY, OTHER_DAY);
  db.prepare(`DELETE FROM "Question" WHERE "id" IN (${questions})`).run(DAY, OTHER_DAY);
  db.close();
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  for (const token of manageTokens) expect((await api.delete(`/api/registrations/${token}`)).status()).toBe(200);
  await api.dispose();
});

test("an admin adds two questions to a day, a visitor answers them and changes an answer, the export holds them", async ({ page, browser, request, expectAccessible }) => {
  test.setTimeout(120_000);
  await page.context().addCookies([{ name: "next-auth.session-token", value: sessionCookie(admin).split("=")[1], url: BASE_URL }]);

  // The admin: from the day's page to its questions.
  await page.goto(`/admin/evenements/${DAY}`);
  await page.getByRole("link", { name: "Questions posées aux participant·es" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questions : Journée régionale de Rennes");
  await expectAccessible();

  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Ajouter la question" }) });
  // A choice question without its choices is refused, with what was typed kept.
  await form.getByLabel("Intitulé de la question").fill(WORKSHOP);
  await form.getByRole("radio", { name: "Un choix dans une liste" }).check();
  await form.getByRole("button", { name: "Ajouter la question" }).click();
  await expect(page.getByRole("link", { name: "Indiquez au moins deux choix, un par ligne." })).toBeVisible();
  await expect(form.getByLabel("Intitulé de la question")).toHaveValue(WORKSHOP);
  await expectAccessible();
  await form.getByLabel("Choix proposés (facultatif)").fill("Finances solidaires\nCommande publique\nÉnergie citoyenne");
  await form.getByRole("group", { name: "Réponse obligatoire" }).getByRole("radio", { name: "Oui" }).check();
  await form.getByRole("button", { name: "Ajouter la question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question ajoutée" })).toHaveText(`Question ajoutée : ${WORKSHOP} (identifiant atelier-de-l-apres-midi).`);

  await form.getByLabel("Intitulé de la question").fill(DINNER);
  await form.getByRole("radio", { name: "Oui / non" }).check();
  await form.getByRole("button", { name: "Ajouter la question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question ajoutée" })).toHaveText(`Question ajoutée : ${DINNER} (identifiant dinerez-vous-sur-place).`);
  const asked = page.getByRole("region", { name: "Questions posées" });
  await expect(asked.getByRole("listitem")).toHaveCount(2);
  await expectAccessible();

  // Its page: texts editable, a choice removable, removal explained before the button.
  await asked.getByRole("link", { name: `Modifier ou supprimer « ${WORKSHOP} »` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(WORKSHOP);
  await expect(page.getByText("Personne n'a encore répondu : la question sera supprimée.")).toBeVisible();
  await page.getByLabel("Texte d'aide (facultatif)").fill("Un atelier au choix, de 14 h à 16 h.");
  await page.getByRole("button", { name: "Enregistrer la question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question enregistrée." })).toBeVisible();
  await expectAccessible();

  // A visitor registers, answering them.
  // Its own context (no admin cookie), as axe needs one made by browser.newContext().
  const context = await browser.newContext({ baseURL: BASE_URL });
  const visitor = await context.newPage();
  await visitor.goto(`/inscription?evenement=${DAY}`);
  const workshop = visitor.getByRole("group", { name: WORKSHOP });
  await expect(workshop).toBeVisible();
  await expect(workshop).toContainText("Un atelier au choix, de 14 h à 16 h.");
  const someone = person("questions");
  await fillRegistrationForm(visitor, someone);
  await visitor.getByRole("group", { name: `${DINNER} (facultatif)` }).getByRole("radio", { name: "Oui" }).check();
  await visitor.getByRole("button", { name: "Valider mon inscription" }).click();
  // The required question is asked for, what was answered kept.
  await expect(visitor.getByRole("link", { name: `Répondez à la question « ${WORKSHOP} ».` })).toBeVisible();
  await expect(visitor.getByRole("group", { name: `${DINNER} (facultatif)` }).getByRole("radio", { name: "Oui" })).toBeChecked();
  await expectNoAxeViolations(visitor);
  await workshop.getByRole("radio", { name: "Commande publique" }).check();
  await visitor.getByRole("button", { name: "Valider mon inscription" }).click();
  await visitor.waitForURL(/\/inscription\/confirmation\//);
  await visitor.getByRole("link", { name: "Gérer mon inscription" }).click();
  await expect(visitor).toHaveURL(/\/inscription\/gerer\/[\w-]{43}$/);
  manageTokens.push(new URL(visitor.url()).pathname.split("/").at(-1)!);

  // The manage page: the answers, changed.
  const answers = visitor.getByRole("region", { name: "Vos réponses aux questions des organisateurs" });
  await expect(answers.getByRole("group", { name: WORKSHOP }).getByRole("radio", { name: "Commande publique" })).toBeChecked();
  await answers.getByRole("group", { name: WORKSHOP }).getByRole("radio", { name: "Énergie citoyenne" }).check();
  await answers.getByRole("button", { name: /^Enregistrer mes réponses/ }).click();
  await expect(visitor.getByRole("status").filter({ hasText: "Vos réponses ont été enregistrées." })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await visitor.reload();
  await expect(answers.getByRole("group", { name: WORKSHOP }).getByRole("radio", { name: "Énergie citoyenne" })).toBeChecked();
  await context.close();

  // The export: a column per question.
  const exported = await request.get(`/api/admin/events/${DAY}/exports/attendees?format=csv`, { headers: { cookie: sessionCookie(admin) } });
  expect(exported.status()).toBe(200);
  const rows = parse(await exported.text(), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.find((row) => row.Email === someone.email)).toMatchObject({ [WORKSHOP]: "Énergie citoyenne", [DINNER]: "Oui" });

  // The registration's page and the dashboard show them.
  await page.goto(`/admin/evenements/${DAY}/inscrits?reponse=atelier-de-l-apres-midi:energie-citoyenne`);
  await expect(page.getByLabel(`Réponse : ${WORKSHOP}`)).toHaveValue("atelier-de-l-apres-midi:energie-citoyenne");
  await page.getByRole("link", { name: `${someone.lastName} ${someone.firstName}` }).first().click();
  const given = page.getByRole("region", { name: "Réponses aux questions" });
  await expect(given).toContainText(WORKSHOP);
  await expect(given).toContainText("Énergie citoyenne");
  await expectAccessible();
  await page.goto(`/admin/evenements/${DAY}`);
  await expect(page.getByRole("table", { name: new RegExp(`^${WORKSHOP} \\(\\d+ réponses?, inscriptions actives\\)$`) })).toContainText("Énergie citoyenne");
  await expectAccessible();

  // With an answer, removal archives after a warning.
  await page.goto(`/admin/evenements/${DAY}/questions`);
  await page.getByRole("link", { name: `Modifier ou supprimer « ${DINNER} »` }).click();
  await expect(page.getByRole("note")).toContainText("déjà répondu. La question sera archivée");
  await page.getByRole("button", { name: "Archiver la question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question archivée" })).toHaveText("Question archivée : elle n'est plus posée, ses réponses restent dans les exports.");
  await expect(page.getByRole("region", { name: "Questions archivées" })).toContainText(DINNER);
  await expectAccessible();
});

test("without JavaScript, an admin adds a question and the chosen day's questions are checked on the server", async ({ browser }) => {
  test.setTimeout(120_000);
  const adminContext = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  await adminContext.addCookies([{ name: "next-auth.session-token", value: sessionCookie(admin).split("=")[1], url: BASE_URL }]);
  const page = await adminContext.newPage();
  await page.goto(`/admin/evenements/${OTHER_DAY}/questions`);
  await page.getByLabel("Intitulé de la question").fill("Venez-vous en train ?");
  await page.getByRole("radio", { name: "Oui / non" }).check();
  await page.getByRole("group", { name: "Réponse obligatoire" }).getByRole("radio", { name: "Oui" }).check();
  await page.getByRole("button", { name: "Ajouter la question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question ajoutée" })).toHaveText("Question ajoutée : Venez-vous en train ? (identifiant venez-vous-en-train).");
  await adminContext.close();

  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  const visitor = await context.newPage();
  await visitor.goto(`/inscription?evenement=${OTHER_DAY}`);
  await fillRegistrationForm(visitor, person("questions-sans-js"));
  await visitor.getByRole("button", { name: "Valider mon inscription" }).click();
  // Only the chosen day's questions are asked for (another day's required one is not).
  await expect(visitor.getByRole("link", { name: /^Répondez à la question/ })).toHaveText("Répondez à la question « Venez-vous en train ? ».");
  await visitor.getByRole("group", { name: "Venez-vous en train ?" }).getByRole("radio", { name: "Non" }).check();
  await visitor.getByRole("button", { name: "Valider mon inscription" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");
  await visitor.getByRole("link", { name: "Gérer mon inscription" }).click();
  manageTokens.push(new URL(visitor.url()).pathname.split("/").at(-1)!);
  const answers = visitor.getByRole("region", { name: "Vos réponses aux questions des organisateurs" });
  await expect(answers.getByRole("group", { name: "Venez-vous en train ?" }).getByRole("radio", { name: "Non" })).toBeChecked();
  await answers.getByRole("group", { name: "Venez-vous en train ?" }).getByRole("radio", { name: "Oui" }).check();
  await answers.getByRole("button", { name: /^Enregistrer mes réponses/ }).click();
  await expect(visitor.getByRole("status").filter({ hasText: "Vos réponses ont été enregistrées." })).toBeVisible();
  await context.close();
});
