import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { fillEvent, fillRegistrationForm, person, registerThroughApi, type ApiRegistration } from "./registrations";

/**
 * A place of a day offered to a newcomer: the day is filled, the newcomer joins its waiting list,
 * one of the seated people cancels. `release` gives every place back, for the journeys that count them.
 */
async function offeredPlace(request: APIRequestContext, slug: string, label: string): Promise<{ offered: ApiRegistration; release: () => Promise<void> }> {
  const seated = await fillEvent(request, slug);
  expect(seated.length, `${slug} had places left to fill`).toBeGreaterThan(0);
  const offered = await registerThroughApi(request, [slug], label);
  expect(offered.registrations[0]).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
  expect((await request.delete(`/api/registrations/${seated[0]}`)).status()).toBe(200);
  const cancel = async (token: string) => (await request.delete(`/api/registrations/${token}`)).status();
  const release = async () => {
    // The newcomer first (409 once they have declined), so that no place given back is offered to them.
    expect([200, 409]).toContain(await cancel(offered.manageToken!));
    for (let start = 1; start < seated.length; start += 10) {
      expect(await Promise.all(seated.slice(start, start + 10).map(cancel))).toEqual(Array(Math.min(10, seated.length - start)).fill(200));
    }
  };
  return { offered, release };
}

test("cancelling a day from the manage link, after a confirmation", async ({ page, expectAccessible }) => {
  await page.goto("/inscription?evenement=nancy");
  await fillRegistrationForm(page, person("annulation"));
  await page.getByRole("button", { name: "Valider mon inscription" }).click();
  await page.getByRole("link", { name: "Gérer mon inscription" }).click();

  await expect(page).toHaveURL(/\/inscription\/gerer\/[\w-]{43}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon inscription");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const nancy = page.getByRole("article", { name: "Journée régionale de Nancy" });
  await expect(nancy).toContainText("Inscription confirmée");
  await expectAccessible();

  const cancel = nancy.getByRole("button", { name: "Annuler mon inscription à Journée régionale de Nancy" });
  await cancel.click();
  const confirmation = nancy.getByRole("group", { name: /^Voulez-vous vraiment annuler/ });
  await expect(confirmation).toBeFocused();
  await expect(cancel).toHaveAttribute("aria-expanded", "true");
  await expectAccessible();

  await confirmation.getByRole("button", { name: "Garder mon inscription" }).click();
  await expect(confirmation).toBeHidden();
  await expect(cancel).toBeFocused();
  await expect(nancy).toContainText("Inscription confirmée");

  await cancel.click();
  await confirmation.getByRole("button", { name: "Confirmer l'annulation" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Inscription annulée" })).toHaveText(
    "Inscription annulée : Journée régionale de Nancy.",
  );
  await expect(nancy).toContainText("Annulée");
  await expect(nancy.getByRole("button")).toHaveCount(0);
  await expectAccessible();
});

test("changing one's details from the manage link, on a small screen", async ({ page, request, expectAccessible, expectNoHorizontalScroll }) => {
  const { manageToken } = await registerThroughApi(request, ["journee-nationale"], "details");
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/inscription/gerer/${manageToken}`);
  await expectNoHorizontalScroll();

  const details = page.getByRole("region", { name: "Vos informations" });
  await expect(details.getByLabel("Adresse email")).toHaveAttribute("readonly", "");
  await expect(details.getByRole("radio", { name: "Non" })).toBeChecked();
  await details.getByLabel("Fonction", { exact: true }).fill("Directrice du développement économique");
  await details.getByRole("radio", { name: "Oui, je déjeune sur place" }).check();
  await details.getByRole("button", { name: "Enregistrer mes informations" }).click();

  const saved = page.getByRole("status").filter({ hasText: "enregistrées" });
  await expect(saved).toHaveText("Vos informations ont été enregistrées.");
  await expect(saved).toBeFocused();
  await expect(page.getByRole("article", { name: "Journée nationale" })).toContainText(/Déjeuner sur place\s*Oui/);
  await page.reload();
  await expect(details.getByLabel("Fonction", { exact: true })).toHaveValue("Directrice du développement économique");
  await expectAccessible();

  await details.getByLabel("Prénom", { exact: true }).fill("");
  await details.getByRole("button", { name: "Enregistrer mes informations" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Le formulaire contient 1 erreur" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Indiquez votre prénom." }).click();
  await expect(details.getByLabel("Prénom", { exact: true })).toBeFocused();
  await expectAccessible();
});

test("accepting a place offered from the waiting list", async ({ page, request, expectAccessible }) => {
  const [firstSeated] = await fillEvent(request, "rennes");
  const waiting = await registerThroughApi(request, ["rennes"], "offre");
  expect(waiting.registrations[0]).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
  expect((await request.delete(`/api/registrations/${firstSeated}`)).status()).toBe(200);

  await page.goto(`/inscription/gerer/${waiting.manageToken}`);
  const rennes = page.getByRole("article", { name: "Journée régionale de Rennes" });
  // Letters, not \w: « décembre », « août ».
  await expect(rennes).toContainText(/Une place vous est proposée jusqu'au \p{L}+ \d+ \p{L}+ \d{4} à \d+ h/u);
  await expectAccessible();

  await rennes.getByRole("button", { name: "Accepter la place : Journée régionale de Rennes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "confirmée" })).toHaveText(
    "Votre place est confirmée : Journée régionale de Rennes.",
  );
  await expect(rennes).toContainText("Inscription confirmée");
});

test("declining a place offered from the waiting list, after a confirmation step", async ({ page, request, expectAccessible }) => {
  test.slow(); // a day filled, then its places given back
  const { offered, release } = await offeredPlace(request, "grenoble", "refus");
  try {
    await page.goto(`/inscription/gerer/${offered.manageToken}`);
    const grenoble = page.getByRole("article", { name: "Journée régionale de Grenoble" });
    await expect(grenoble).toContainText("Une place vous est proposée");

    const decline = grenoble.getByRole("button", { name: "Refuser la place : Journée régionale de Grenoble" });
    await decline.click();
    const confirmation = grenoble.getByRole("group", { name: /^Voulez-vous vraiment refuser la place proposée pour Journée régionale de Grenoble/ });
    await expect(confirmation).toBeFocused();
    await expect(decline).toHaveAttribute("aria-expanded", "true");
    await expectAccessible();

    await confirmation.getByRole("button", { name: "Revenir à la proposition" }).click();
    await expect(confirmation).toBeHidden();
    await expect(decline).toBeFocused();
    await expect(grenoble).toContainText("Une place vous est proposée");

    await decline.click();
    await confirmation.getByRole("button", { name: "Confirmer le refus" }).click();
    await expect(page.getByRole("status").filter({ hasText: "refusé" })).toHaveText("Vous avez refusé la place proposée : Journée régionale de Grenoble.");
    await expect(grenoble).toContainText("Annulée");
    await expect(grenoble.getByRole("button")).toHaveCount(0);
    await expectAccessible();
  } finally {
    await release();
  }
});

test("an invalid manage link shows the French 404 page", async ({ page, expectAccessible }) => {
  for (const token of ["inconnu", "A".repeat(43)]) {
    const response = await page.goto(`/inscription/gerer/${token}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  }
  await expectAccessible();

  const receipt = await page.goto("/inscription/confirmation/faux.recu");
  expect(receipt?.status()).toBe(404);
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("registering, then cancelling from the manage link, through a confirmation page", async ({ page }) => {
    await page.goto("/inscription?evenement=bordeaux");
    await fillRegistrationForm(page, person("sans-js"));
    await page.getByRole("button", { name: "Valider mon inscription" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");
    await page.getByRole("link", { name: "Gérer mon inscription" }).click();

    const bordeaux = page.getByRole("article", { name: "Journée régionale de Bordeaux" });
    await expect(bordeaux).toContainText("Inscription confirmée");
    await bordeaux.getByRole("button", { name: "Annuler mon inscription à Journée régionale de Bordeaux" }).click();
    await expect(page).toHaveURL(/\?annuler=bordeaux/);
    const confirmation = bordeaux.getByRole("group", { name: /^Voulez-vous vraiment annuler/ });
    // (axe needs scripts: the same page is scanned in the journey above, with JavaScript on.)
    await expect(confirmation).toBeVisible();

    await confirmation.getByRole("button", { name: "Garder mon inscription" }).click();
    await expect(confirmation).toBeHidden();
    await expect(bordeaux).toContainText("Inscription confirmée");

    await bordeaux.getByRole("button", { name: "Annuler mon inscription à Journée régionale de Bordeaux" }).click();
    await confirmation.getByRole("button", { name: "Confirmer l'annulation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Inscription annulée" })).toHaveText("Inscription annulée : Journée régionale de Bordeaux.");
    await expect(bordeaux).toContainText("Annulée");
  });

  test("declining an offered place through a confirmation page", async ({ page, request }) => {
    test.slow(); // a day filled, then its places given back
    const { offered, release } = await offeredPlace(request, "grenoble", "refus-sans-js");
    try {
      await page.goto(`/inscription/gerer/${offered.manageToken}`);
      const grenoble = page.getByRole("article", { name: "Journée régionale de Grenoble" });
      await expect(grenoble).toContainText("Une place vous est proposée");
      const decline = grenoble.getByRole("button", { name: "Refuser la place : Journée régionale de Grenoble" });
      await decline.click();
      await expect(page).toHaveURL(/\?refuser=grenoble/);
      const confirmation = grenoble.getByRole("group", { name: /^Voulez-vous vraiment refuser la place proposée pour Journée régionale de Grenoble/ });
      // (axe needs scripts: the same page is scanned in the journey with JavaScript on.)
      await expect(confirmation).toBeVisible();

      await confirmation.getByRole("button", { name: "Revenir à la proposition" }).click();
      await expect(page).not.toHaveURL(/refuser=/);
      await expect(confirmation).toBeHidden();
      await expect(grenoble).toContainText("Une place vous est proposée");

      await decline.click();
      await confirmation.getByRole("button", { name: "Confirmer le refus" }).click();
      await expect(page.getByRole("status").filter({ hasText: "refusé" })).toHaveText("Vous avez refusé la place proposée : Journée régionale de Grenoble.");
      await expect(grenoble).toContainText("Annulée");
    } finally {
      await release();
    }
  });
});
