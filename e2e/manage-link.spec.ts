// The manage link: shown once on the confirmation page, sent again on request to a registered
// address (and to no one else), replaced by a new one when its owner asks.
import { expect, test } from "./fixtures";
import { emailsTo, linkIn, readEmail } from "./mailbox";
import { fillRegistrationForm, person, registerThroughApi, uniqueEmail } from "./registrations";

const MANAGE_LINK_SUBJECT = /^Votre lien pour gérer votre inscription$/;

test("the confirmation page shows the manage link once, then says it went by email", async ({ page, request, expectAccessible }) => {
  await page.goto("/inscription?evenement=journee-nationale");
  await fillRegistrationForm(page, person("lien-une-fois"));
  await page.getByRole("button", { name: "Valider mon inscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");
  await expect(page.getByRole("link", { name: "Gérer mon inscription" })).toHaveAttribute("href", /^\/inscription\/gerer\/[\w-]{43}$/);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");
  await expect(page.getByRole("article", { name: "Journée nationale" })).toContainText("Inscription confirmée");
  await expect(page.getByRole("link", { name: "Gérer mon inscription" })).toHaveCount(0);
  await expect(page.getByText("Le lien pour gérer votre inscription vous a été envoyé par email")).toBeVisible();
  await expectAccessible();
  // Whoever else opens the address (a shared screen, a browser's history) finds no link either.
  expect(await (await request.get(page.url())).text()).not.toContain("/inscription/gerer/");

  await page.getByRole("link", { name: "Recevoir à nouveau mon lien" }).click();
  await expect(page).toHaveURL(/\/inscription\/lien-perdu$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Retrouver mon lien d'inscription");
});

test("a lost manage link is sent again to a registered address, and the answer is the same for any address", async ({ page, request, expectAccessible }) => {
  const registered = await registerThroughApi(request, ["journee-nationale"], "lien-perdu");
  const stranger = uniqueEmail("lien-perdu-inconnue");

  const answers: string[] = [];
  for (const email of [stranger, registered.email]) {
    await page.goto("/inscription/lien-perdu");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Retrouver mon lien d'inscription");
    await page.getByLabel("Adresse email", { exact: true }).fill(email);
    await page.getByRole("button", { name: "Recevoir mon lien" }).click();
    const done = page.getByRole("status").filter({ hasText: "Si cette adresse est inscrite" });
    await expect(done).toBeFocused();
    answers.push(await done.innerText());
  }
  expect(answers[1], "a registered address gets the same answer as any other").toBe(answers[0]);
  await expectAccessible();

  const mail = await readEmail(registered.email, MANAGE_LINK_SUBJECT);
  const link = linkIn(mail, "/inscription/gerer/");
  expect(link, "the current link, unchanged").toContain(registered.manageToken);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon inscription");
  await expect(page.getByRole("article", { name: "Journée nationale" })).toContainText("Inscription confirmée");
  expect(await emailsTo(stranger), "an unknown address receives nothing").toEqual([]);
});

test("asking for a new manage link turns the old one off", async ({ page, request, expectAccessible }) => {
  test.slow(); // two emails to wait for
  const { email, manageToken } = await registerThroughApi(request, ["journee-nationale"], "nouveau-lien");
  const renew = async () => {
    await page.getByRole("region", { name: "Votre lien personnel" }).getByRole("button", { name: "M'envoyer un nouveau lien" }).click();
    await expect(page).toHaveURL(/\/inscription\/nouveau-lien-envoye$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Un nouveau lien vous a été envoyé");
  };
  const expectGone = async (link: string) => {
    const response = await page.goto(link);
    expect(response?.status(), link).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  };

  await page.goto(`/inscription/gerer/${manageToken}`);
  await expectAccessible();
  await renew();
  await expectAccessible();
  await expectGone(`/inscription/gerer/${manageToken}`);

  const first = await readEmail(email, MANAGE_LINK_SUBJECT);
  const firstLink = linkIn(first, "/inscription/gerer/");
  await page.goto(firstLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon inscription");
  await expect(page.getByRole("article", { name: "Journée nationale" })).toContainText("Inscription confirmée");

  // The new link too can be replaced: only the latest email's link works.
  await renew();
  const second = await readEmail(email, MANAGE_LINK_SUBJECT, { after: first });
  const secondLink = linkIn(second, "/inscription/gerer/");
  expect(secondLink).not.toBe(firstLink);
  await expectGone(firstLink);
  await page.goto(secondLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon inscription");
  await expect(page.getByRole("article", { name: "Journée nationale" })).toContainText("Inscription confirmée");
});
