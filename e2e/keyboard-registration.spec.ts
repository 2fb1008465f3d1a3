import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { uniqueEmail } from "./registrations";

/** Presses Tab until the element has the focus, at most `presses` times. */
async function tabUntil(page: Page, target: Locator, presses = 10): Promise<void> {
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(target).toBeFocused();
}

/** Presses Tab once and expects the focus on the element: the form's order is the reading order. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await page.keyboard.press("Tab");
  await expect(target).toBeFocused();
}

test("the whole form is filled and sent with the keyboard alone, then a day is cancelled", async ({ page, expectAccessible }) => {
  await page.goto("/inscription");

  const national = page.getByRole("checkbox", { name: "Journée nationale" });
  await tabUntil(page, national);
  await page.keyboard.press("Space");
  await expect(national).toBeChecked();

  await tabTo(page, page.getByRole("radio", { name: "Oui, je déjeune sur place" }));
  await page.keyboard.press("Space");

  await tabTo(page, page.getByRole("radio", { name: "Journée régionale de Bordeaux" }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Journée régionale de Grenoble" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Journée régionale de Grenoble" })).toBeFocused();

  const type = async (label: string, text: string) => {
    await tabTo(page, page.getByLabel(label, { exact: true }));
    await page.keyboard.type(text);
  };
  await type("Prénom", "Camille");
  await type("Nom", "Lefèvre");
  await type("Adresse email", uniqueEmail("clavier"));
  await type("Téléphone (facultatif)", "01 23 45 67 89");
  await type("Collectivité ou structure", "Grenoble-Alpes Métropole");

  await tabTo(page, page.getByLabel("Type de structure"));
  await page.keyboard.type("Inter");
  await expect(page.getByLabel("Type de structure")).toHaveValue("INTERCOMMUNALITE");

  await type("Fonction", "Vice-président chargé de l'ESS");

  await tabTo(page, page.getByRole("radio", { name: "Élu·e" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "Élu·e" })).toBeChecked();

  await type("Régime alimentaire (facultatif)", "Sans gluten");
  await type("Besoins d'accessibilité (facultatif)", "Boucle magnétique");

  await tabTo(page, page.getByRole("link", { name: /protection de vos données/ }));
  await tabTo(page, page.getByRole("checkbox", { name: /^J'accepte/ }));
  await page.keyboard.press("Space");

  await tabTo(page, page.getByRole("button", { name: "Valider mon inscription" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");
  await expect(page.getByRole("article", { name: "Journée nationale" })).toContainText(/Déjeuner sur place\s*Oui/);
  await expect(page.getByRole("article", { name: "Journée régionale de Grenoble" })).toContainText("Inscription confirmée");

  await tabUntil(page, page.getByRole("link", { name: "Gérer mon inscription" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon inscription");

  const cancel = page.getByRole("button", { name: "Annuler mon inscription à Journée régionale de Grenoble" });
  await tabUntil(page, cancel, 20);
  await page.keyboard.press("Enter");
  const confirmation = page.getByRole("group", { name: /^Voulez-vous vraiment annuler/ });
  await expect(confirmation).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirmation).toBeHidden();
  await expect(cancel).toBeFocused();

  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Confirmer l'annulation" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Inscription annulée" })).toBeFocused();
  await expect(page.getByRole("article", { name: "Journée régionale de Grenoble" })).toContainText("Annulée");
  await expectAccessible();
});

test("the error summary's links are reached and followed with the keyboard", async ({ page }) => {
  await page.goto("/inscription");
  const submit = page.getByRole("button", { name: "Valider mon inscription" });
  await submit.focus();
  await page.keyboard.press("Enter");

  const summary = page.getByRole("alert").filter({ hasText: "Le formulaire contient" });
  await expect(summary).toBeFocused();
  await tabTo(page, summary.getByRole("link", { name: "Choisissez au moins une journée." }));
  await tabTo(page, summary.getByRole("link", { name: "Indiquez votre prénom." }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Prénom", { exact: true })).toBeFocused();
});
