import { expect, test } from "./fixtures";
import { linkIn, readEmail } from "./mailbox";
import { fillEvent, fillRegistrationForm, person, registerThroughApi } from "./registrations";

// Each journey here arranges its own people and days: the two workers share them out one by one,
// so that the last files of a run keep both busy instead of one.
test.describe.configure({ mode: "parallel" });

test("registering for the national day and a regional day from the event page, with a double click", async ({ page, expectAccessible }) => {
  await page.goto("/evenements/journee-nationale");
  await page.getByRole("link", { name: "S'inscrire : Journée nationale" }).click();

  await expect(page).toHaveURL(/\/inscription\?evenement=journee-nationale$/);
  await expect(page).toHaveTitle("Inscription · Rencontres ESS");
  await expect(page.getByRole("checkbox", { name: "Journée nationale" })).toBeChecked();
  await expectAccessible();

  await page.getByRole("radio", { name: "Oui, je déjeune sur place" }).check();
  await page.getByRole("radio", { name: "Journée régionale de Nancy" }).check();
  await fillRegistrationForm(page, person("nationale-et-nancy"));
  await page.getByLabel("Besoins d'accessibilité (facultatif)").fill("Accès en fauteuil roulant");
  const submissions: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") submissions.push(request.url());
  });
  await page.getByRole("button", { name: "Valider mon inscription" }).dblclick();

  await expect(page).toHaveURL(/\/inscription\/confirmation\/[\w.-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");
  const national = page.getByRole("article", { name: "Journée nationale" });
  await expect(national).toContainText("Inscription confirmée");
  await expect(national).toContainText(/Déjeuner sur place\s*Oui/);
  await expect(page.getByRole("article", { name: "Journée régionale de Nancy" })).toContainText("Inscription confirmée");
  await expect(page.getByRole("link", { name: "Gérer mon inscription" })).toHaveAttribute("href", /^\/inscription\/gerer\/[\w-]{43}$/);
  await expect(page.getByText("Gardez-le pour vous")).toBeVisible();
  expect(submissions, "a double click sends the form once").toHaveLength(1);
  await expectAccessible();
});

test("a full regional day puts the next person on its waiting list, at their position", async ({ page, request, expectAccessible }) => {
  await fillEvent(request, "bordeaux");
  const ahead = await registerThroughApi(request, ["bordeaux"], "attente-api");
  expect(ahead.registrations[0].status).toBe("WAITLISTED");
  const position = (ahead.registrations[0].waitlistPosition ?? 0) + 1;

  await page.goto("/inscription?evenement=bordeaux");
  const bordeaux = page.getByRole("radio", { name: "Journée régionale de Bordeaux" });
  await expect(bordeaux).toBeChecked();
  await expect(bordeaux).toHaveAccessibleDescription(/Complet\s*: inscription sur liste d'attente/);
  await expectAccessible();

  await fillRegistrationForm(page, person("attente-formulaire"));
  await page.getByRole("button", { name: "Valider mon inscription" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");
  await expect(page.getByRole("article", { name: "Journée régionale de Bordeaux" })).toContainText(
    `Sur liste d'attente — vous êtes en position ${position}`,
  );
  await expectAccessible();
});

test("« Aucune journée régionale » takes back a regional day chosen by mistake, on a small screen", async ({ page, expectNoHorizontalScroll }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/inscription?evenement=journee-nationale");
  await page.getByRole("radio", { name: "Journée régionale de Rennes" }).check();
  await page.getByRole("radio", { name: "Aucune journée régionale" }).check();
  await fillRegistrationForm(page, person("sans-regionale"));
  await page.getByRole("button", { name: "Valider mon inscription" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article", { name: "Journée nationale" })).toContainText(/Déjeuner sur place\s*Non/);
  await expectNoHorizontalScroll();
});

test("an empty form lists its errors at the top, each leading to its field", async ({ page, expectAccessible }) => {
  await page.goto("/inscription");
  await page.getByRole("button", { name: "Valider mon inscription" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "Le formulaire contient" });
  await expect(summary.getByRole("heading")).toHaveText("Le formulaire contient 9 erreurs");
  await expect(summary).toBeFocused();
  await expectAccessible();

  const firstName = page.getByLabel("Prénom", { exact: true });
  await expect(firstName).toHaveAttribute("aria-invalid", "true");
  await expect(firstName).toHaveAccessibleDescription(/Indiquez votre prénom\./);

  await summary.getByRole("link", { name: "Indiquez votre prénom." }).click();
  await expect(firstName).toBeFocused();
  await summary.getByRole("link", { name: "Choisissez au moins une journée." }).click();
  await expect(page.getByRole("checkbox", { name: "Journée nationale" })).toBeFocused();
  await summary.getByRole("link", { name: "Choisissez le type de structure." }).click();
  await expect(page.getByLabel("Type de structure")).toBeFocused();
  await summary.getByRole("link", { name: "Choisissez votre statut." }).click();
  await expect(page.getByRole("radio", { name: "Élu·e" })).toBeFocused();
  await summary.getByRole("link", { name: /^Vous devez accepter/ }).click();
  await expect(page.getByRole("checkbox", { name: /^J'accepte/ })).toBeFocused();
});

test("what was typed is kept when the form comes back with errors", async ({ page }) => {
  await page.goto("/inscription");
  await page.getByRole("radio", { name: "Journée régionale de Grenoble" }).check();
  await page.getByLabel("Prénom", { exact: true }).fill("Awa");
  await page.getByLabel("Adresse email", { exact: true }).fill("pas-une-adresse");
  await page.getByLabel("Type de structure", { exact: true }).selectOption({ label: "Intercommunalité" });
  await page.getByRole("radio", { name: "Élu·e" }).check();
  await page.getByLabel("Régime alimentaire (facultatif)").fill("Végétarien");
  await page.getByRole("button", { name: "Valider mon inscription" }).click();

  await expect(page.getByRole("heading", { name: /^Le formulaire contient/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Indiquez une adresse email valide/ })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Journée régionale de Grenoble" })).toBeChecked();
  await expect(page.getByLabel("Prénom", { exact: true })).toHaveValue("Awa");
  await expect(page.getByLabel("Adresse email", { exact: true })).toHaveValue("pas-une-adresse");
  await expect(page.getByLabel("Type de structure", { exact: true })).toHaveValue("INTERCOMMUNALITE");
  await expect(page.getByRole("radio", { name: "Élu·e" })).toBeChecked();
  await expect(page.getByLabel("Régime alimentaire (facultatif)")).toHaveValue("Végétarien");
});

test("a script that fills the hidden field registers nobody", async ({ page, request }) => {
  const before = (await (await request.get("/api/events/grenoble")).json()).placesLeft;
  await page.goto("/inscription?evenement=grenoble");
  await fillRegistrationForm(page, person("robot"));
  await page.locator("#site_web").fill("https://spam.example", { force: true });
  await page.getByRole("button", { name: "Valider mon inscription" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Votre inscription n'a pas été enregistrée" });
  await expect(summary).toContainText("Votre inscription n'a pas pu être enregistrée. Rechargez la page et réessayez.");
  expect((await (await request.get("/api/events/grenoble")).json()).placesLeft).toBe(before);
});

test("registering again with a known address changes nothing until its owner confirms the days from the emailed link", async ({ page, expectAccessible }) => {
  test.slow(); // four pages scanned, and an email to wait for
  const someone = person("deja-connue");
  const submit = async (slug: string) => {
    await page.goto(`/inscription?evenement=${slug}`);
    await fillRegistrationForm(page, someone);
    await page.getByRole("button", { name: "Valider mon inscription" }).click();
  };
  const heading = page.getByRole("heading", { level: 1 });
  await submit("grenoble");
  await expect(heading).toHaveText("Votre inscription est enregistrée");
  const manageUrl = await page.getByRole("link", { name: "Gérer mon inscription" }).getAttribute("href");

  await submit("journee-nationale");
  await expect(page).toHaveURL(/\/inscription\/verifiez-vos-emails$/);
  await expect(heading).toHaveText("Vérifiez votre messagerie");
  const checkMailbox = await page.getByRole("main").innerText();
  await expectAccessible();

  await page.goto(manageUrl!);
  await expect(page.getByRole("article", { name: "Journée régionale de Grenoble" })).toContainText("Inscription confirmée");
  await expect(page.getByRole("article", { name: "Journée nationale" }), "nothing is added before the owner confirms").toHaveCount(0);

  const mail = await readEmail(someone.email, /^Confirmez votre demande d'inscription$/);
  await page.goto(linkIn(mail, "/inscription/ajouter/"));
  await expect(heading).toHaveText("Confirmer votre demande d'inscription");
  await expect(page.getByRole("listitem").filter({ hasText: "Journée nationale" })).toContainText("déjeuner sur place : non");
  await expectAccessible();
  await page.getByRole("button", { name: "Confirmer ces journées" }).click();

  await expect(page).toHaveURL(/\/inscription\/confirmation\/[\w.-]+$/);
  await expect(heading).toHaveText("Votre inscription est enregistrée");
  await expect(page.getByRole("article", { name: "Journée nationale" })).toContainText("Inscription confirmée");
  await expect(page.getByRole("link", { name: "Gérer mon inscription" }), "the manage link went by email: a confirmation page never shows it").toHaveCount(0);
  await expectAccessible();
  await page.goto(manageUrl!);
  await expect(page.getByRole("article", { name: "Journée nationale" })).toContainText("Inscription confirmée");

  // A day the address already holds: the very same answer, which tells nothing of what it holds.
  await submit("grenoble");
  await expect(page).toHaveURL(/\/inscription\/verifiez-vos-emails$/);
  expect(await page.getByRole("main").innerText()).toBe(checkMailbox);
});

test("the privacy page explains the data kept and the rights", async ({ page, expectAccessible }) => {
  await page.goto("/confidentialite");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Protection des données personnelles");
  await expect(page.getByRole("link", { name: "cnil.fr" })).toHaveAttribute("href", "https://www.cnil.fr");
  await expectAccessible();
});

test("the accessibility statement says how far the site complies and where to turn", async ({ page, expectAccessible }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Accessibilité : partiellement conforme" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Déclaration d'accessibilité");
  await expect(page.getByText("partiellement conforme", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "formulaire.defenseurdesdroits.fr" })).toHaveAttribute("href", "https://formulaire.defenseurdesdroits.fr/");
  await expectAccessible();
});

for (const path of ["/inscription", "/confidentialite", "/accessibilite"]) {
  test(`${path} fits a 320 px wide screen`, async ({ page, expectNoHorizontalScroll }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await expectNoHorizontalScroll();
  });
}
