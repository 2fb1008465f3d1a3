// An organiser of one day filters its list of registrations and downloads it as CSV.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, test } from "./fixtures";
import { createAccount, e2eDatabase, sessionCookie } from "./database";
import { BASE_URL } from "./local-database";
import { readEmail } from "./mailbox";
import { registerThroughApi } from "./registrations";

test("an organiser filters the list of their day and downloads it as CSV", async ({ page, request, expectAccessible }) => {
  const db = e2eDatabase();
  const organiser = createAccount(db, { label: "orga-grenoble", role: "ORGANISER", eventSlugs: ["grenoble"] });
  db.close();
  // Names take letters only: a unique suffix spelled with letters.
  const lastName = `Lœuvre-${String(Date.now()).replace(/\d/g, (digit) => "abcdefghij"[Number(digit)])}`;
  const people = [];
  for (const [organisation, firstName] of [["=1+1 Coopérative", "Zoë"], ["Grenoble-Alpes Métropole", "Łukasz"]]) {
    people.push(await registerThroughApi(request, ["grenoble"], "liste", { firstName, lastName, organisation, organisationType: "STRUCTURE_ESS" }));
  }
  const emails = people.map((someone) => someone.email);
  const tokens = people.map((someone) => someone.manageToken!);
  await page.context().addCookies([{ name: "next-auth.session-token", value: sessionCookie(organiser).split("=")[1], url: BASE_URL }]);

  await page.goto("/admin/evenements/grenoble");
  await expect(page.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Par type de structure (inscriptions actives)" })).toContainText("Structure de l'ESS");
  await expectAccessible();
  await page.getByRole("link", { name: "Voir et exporter la liste des inscrit·es" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inscrit·es : Journée régionale de Grenoble");
  await expectAccessible();

  await page.getByLabel("Rechercher (nom, email, organisation)").fill(lastName);
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(lastName).replace(/%20/g, "\\+")}`));
  await expect(page.getByRole("status")).toHaveText("2 inscriptions.");
  await expect(page.getByRole("rowheader")).toHaveCount(2);

  await page.getByRole("radio", { name: "CSV" }).check();
  await page.getByRole("radio", { name: "Point-virgule (Excel en français)" }).check();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^grenoble_attendees_\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(readFileSync((await download.path())!), { bom: true, delimiter: ";" }) as string[][];
  expect(rows[0].slice(0, 4)).toEqual(["Nom", "Prénom", "Email", "Organisation"]);
  // By name as a French reader looks it up: Łukasz under L, before Zoë.
  expect(rows.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([
    [lastName, "Łukasz", "Grenoble-Alpes Métropole"],
    [lastName, "Zoë", "'=1+1 Coopérative"],
  ]);

  expect((await page.goto("/admin/evenements/nancy/inscrits"))!.status()).toBe(404);

  // One registration's page: everything the person gave, what happened, the emails; a note kept.
  await page.goto("/admin/evenements/grenoble/inscrits");
  await page.getByRole("link", { name: `${lastName} Zoë` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Zoë ${lastName}`);
  await expect(page.getByText("=1+1 Coopérative (Structure de l'ESS)")).toBeVisible();
  await expectAccessible();
  await page.getByLabel("Note (jamais montrée à la personne) (facultatif)").fill("Arrivera en retard.");
  await page.getByRole("button", { name: "Enregistrer la note" }).click();
  await expect(page.getByRole("status")).toHaveText("Note enregistrée.");
  await expect(page.getByRole("region", { name: "Historique" })).toContainText(`Note interne modifiée (${organiser.email})`);
  await expect(page.getByRole("region", { name: "Emails" })).toContainText("Inscription confirmée");

  // A message to the confirmed attendees of the day: previewed, then sent, then received.
  await page.goto("/admin/evenements/grenoble");
  await page.getByRole("link", { name: "Écrire aux participant·es" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Écrire aux participant·es : Journée régionale de Grenoble");
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(page.getByRole("heading", { name: "Le message n'est pas prêt" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Indiquez l'objet." })).toBeVisible();
  await page.getByLabel("Objet", { exact: true }).fill("Informations pratiques");
  await page.getByLabel("Message", { exact: true }).fill("L'accueil ouvre à 9 h.\n\nPensez à votre pièce d'identité.");
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(page.getByRole("heading", { name: /^Aperçu : \d+ destinataires?$/ })).toBeVisible();
  await expectAccessible();
  await page.getByRole("button", { name: /^Envoyer à \d+ personnes?$/ }).click();
  await expect(page.getByRole("status")).toContainText("Message envoyé à");
  const message = await readEmail(emails[0], /^Informations pratiques — Journée régionale de Grenoble$/);
  expect(message.text).toContain("Pensez à votre pièce d'identité.");

  // Other journeys count the places left: these registrations are cancelled.
  for (const token of tokens) expect((await request.delete(`/api/registrations/${token}`)).status()).toBe(200);
});
