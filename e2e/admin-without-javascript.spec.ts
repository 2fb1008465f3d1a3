// Back-office forms are plain forms posted to server actions: they work with JavaScript off, show
// French errors and keep what was typed.
import { expect, test } from "@playwright/test";
import { createAccount, e2eDatabase } from "./database";
import { BASE_URL } from "./local-database";

test("an admin adds a speaker with JavaScript turned off", async ({ browser }) => {
  const db = e2eDatabase();
  const admin = createAccount(db, { label: "sans-js", role: "ADMIN" });
  db.close();
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  await context.addCookies([{ name: "next-auth.session-token", value: admin.sessionToken, url: BASE_URL }]);
  const page = await context.newPage();
  const name = `Dominique Sans-Script ${Date.now()}`;

  await page.goto("/admin/intervenants");
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Le formulaire contient 1 erreur" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Indiquez le nom." })).toBeVisible();

  await page.getByLabel("Nom", { exact: true }).fill(name);
  await page.getByLabel("Fonction (facultatif)").fill("maire");
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(`${name} est ajouté·e à la liste des intervenant·es.`);
  await expect(page.getByRole("link", { name })).toBeVisible();

  await page.getByLabel("Nom", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await expect(page.getByText(`Un·e intervenant·e porte déjà ce nom (${name}).`).first()).toBeVisible();
  await expect(page.getByLabel("Nom", { exact: true })).toHaveValue(name);
  await context.close();
});
