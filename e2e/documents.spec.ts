// The day's documents: an admin adds the slides of a round table (a PDF, with the keyboard-free
// file picker Playwright drives), a file that is not what its name says is refused in French, the
// slides are published and a visitor downloads them from the day's page, then they are taken back.
import type Database from "better-sqlite3";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { createAccount, e2eDatabase } from "./database";
import { BASE_URL } from "./local-database";

const TITLE = "Diaporama de la table ronde (e2e)";
const SLIDES = Buffer.from("%PDF-1.7\n% Les articulations entre échelons territoriaux\n%%EOF\n");

let sessionToken: string;

const withDatabase = <T>(work: (db: Database.Database) => T): T => {
  const db = e2eDatabase();
  try {
    return work(db);
  } finally {
    db.close();
  }
};

test.beforeAll(() => {
  sessionToken = withDatabase((db) => createAccount(db, { label: "documents", role: "ADMIN" }).sessionToken);
});
// Other journeys read the national day's page: nothing of this one stays on it.
test.afterAll(() => withDatabase((db) => db.prepare(`DELETE FROM "EventDocument" WHERE "title" LIKE '%(e2e)%'`).run()));

test.use({ baseURL: BASE_URL });

test("an admin adds a round table's slides, publishes them, and a visitor downloads them from the day's page", async ({ page, context, browser, expectAccessible }) => {
  test.slow(); // three pages scanned, a build's worth of rendering on a loaded machine
  // A real cookie of the browser's (the upload is a form's navigation, followed by its redirect).
  await context.addCookies([{ name: "next-auth.session-token", value: sessionToken, url: BASE_URL }]);
  await page.goto("/admin/evenements/journee-nationale");
  await page.getByRole("link", { name: /^Documents publiés avec la journée/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents : Journée nationale");
  await expect(page.getByText("Aucun document pour l'instant.")).toBeVisible();
  await expectAccessible();

  // A page renamed .pdf is no PDF: refused, in French, and nothing is kept.
  await page.getByLabel("Titre").fill("Une page qui se dit PDF (e2e)");
  await page.getByLabel("Fichier").setInputFiles({ name: "programme.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
  await page.getByRole("button", { name: "Ajouter le document" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Le document n'a pas été ajouté" })).toContainText("Ce type de fichier n'est pas accepté");
  await expect(page.getByText("Aucun document pour l'instant.")).toBeVisible();

  const item = "Quelles articulations entre les échelons territoriaux pour permettre un changement d'échelle de l'ESS ?";
  await page.getByLabel("Titre").fill(TITLE);
  await page.getByLabel("Fichier").setInputFiles({ name: "Table ronde n°1 – échelons.pdf", mimeType: "application/pdf", buffer: SLIDES });
  await page.getByLabel("Avec la séquence").selectOption({ label: item });
  await page.getByRole("button", { name: "Ajouter le document" }).click();
  await expect(page.getByRole("status").first()).toHaveText(`Document ajouté : ${TITLE}.`);
  const row = page.getByRole("row").filter({ hasText: TITLE });
  await expect(row).toContainText("table-ronde-n-1-echelons.pdf — PDF, 1 Ko");
  await expect(row).toContainText("Non publié");
  await expectAccessible();

  // Not published yet: the day's page does not show it.
  const visitor = await browser.newPage({ baseURL: BASE_URL });
  await visitor.goto("/evenements/journee-nationale");
  await expect(visitor.getByRole("link", { name: TITLE })).toHaveCount(0);

  await row.getByRole("button", { name: `Publier « ${TITLE} »` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Document publié" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: TITLE })).toContainText("Publié le");

  // Under its programme item, within the page cache's seconds; the download is the PDF itself.
  await expect(async () => {
    await visitor.goto("/evenements/journee-nationale");
    await expect(visitor.getByRole("list", { name: `Documents : ${item}` }).getByRole("link", { name: TITLE })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(visitor.getByRole("list", { name: `Documents : ${item}` })).toContainText("(PDF, 1 Ko)");
  await expectNoAxeViolations(visitor);
  const href = await visitor.getByRole("link", { name: TITLE }).getAttribute("href");
  const download = await visitor.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await download.body()).equals(SLIDES)).toBe(true);
  await visitor.close();

  // Removed: gone from the back office and from its address.
  await page.getByRole("row").filter({ hasText: TITLE }).getByRole("button", { name: `Supprimer « ${TITLE} »` }).click();
  // Its row goes with it (the button's own notice too).
  await expect(page.getByRole("row").filter({ hasText: TITLE })).toHaveCount(0);
  await expect(page.getByText("Aucun document pour l'instant.")).toBeVisible();
  expect((await page.request.get(href!)).status()).toBe(404);
});
