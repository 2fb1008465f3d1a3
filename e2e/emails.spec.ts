import { expect, test } from "./fixtures";
import { openEmail } from "./mailbox";
import { fillRegistrationForm, person } from "./registrations";

test("the confirmation email leads to the manage page, where the attendee cancels", async ({ page, expectAccessible }) => {
  const someone = person("email");
  await page.goto("/inscription?evenement=grenoble");
  await fillRegistrationForm(page, someone);
  await page.getByRole("button", { name: "Valider mon inscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");

  await openEmail(page, someone.email, /^Inscription confirmée : Journée régionale de Grenoble/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est confirmée");
  await expect(page.getByRole("img", { name: /Code QR/ })).toBeVisible();
  await expectAccessible();

  // Email links open in a new tab: follow the address instead.
  const manageLink = await page.getByRole("link", { name: "Modifier ou annuler mon inscription" }).getAttribute("href");
  await page.goto(manageLink!);
  await expect(page).toHaveURL(/\/inscription\/gerer\/[\w-]{43}$/);
  const grenoble = page.getByRole("article", { name: "Journée régionale de Grenoble" });
  await grenoble.getByRole("button", { name: /^Annuler mon inscription/ }).click();
  await grenoble.getByRole("button", { name: "Confirmer l'annulation" }).click();
  await expect(grenoble).toContainText("Annulée");

  await openEmail(page, someone.email, /^Inscription annulée : Journée régionale de Grenoble/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("annulée");
});
