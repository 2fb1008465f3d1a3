import { expect, test } from "./fixtures";

// Each journey here arranges its own people and days: the two workers share them out one by one,
// so that the last files of a run keep both busy instead of one.
test.describe.configure({ mode: "parallel" });

const REGIONAL_CITIES = ["Nancy", "Grenoble", "Bordeaux", "Rennes"];
const NATIONAL_PROGRAMME = [
  "Ouverture des travaux",
  "Intervention du Premier ministre ou de la ministre de la Réforme de l'État",
  "Quelles articulations entre les échelons territoriaux pour permettre un changement d'échelle de l'ESS ?",
  "Échanges avec la salle",
  "Déjeuner",
  "Réactions et questions recueillies pendant le temps du midi",
  "L'ESS, un acteur pour favoriser la relocalisation d'activités et la création d'emplois non délocalisables",
  "L'ESS pour des services aux populations",
  "Synthèse de la journée",
  "Clôture de la journée",
];
const PLACES_LEFT = (capacity: number) => new RegExp(`\\d+ places? restantes? sur ${capacity}|Complet — liste d'attente`);

test("the home page presents the series, the national day and the four regional days", async ({
  page,
  expectAccessible,
}) => {
  await page.goto("/");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "2es Rencontres nationales des collectivités locales autour de l'ESS",
  );
  await expect(page.getByText(/^Thème\s*:\s*Économie sociale et solidaire et coopération territoriale$/)).toBeVisible();
  await expect(page.getByText("ARF — Association des régions de France")).toBeVisible();

  const nationalDay = page.getByRole("article", { name: "Journée nationale" });
  await expect(nationalDay).toContainText(/26 juin \d{4}/);
  await expect(nationalDay).toContainText("9 h 30 – 17 h");
  await expect(nationalDay).toContainText("Paris — Assemblée nationale, salle Victor Hugo");
  await expect(nationalDay).toContainText(PLACES_LEFT(250));

  for (const city of REGIONAL_CITIES) {
    const regionalDay = page.getByRole("article", { name: `Journée régionale de ${city}` });
    await expect(regionalDay).toContainText(/12 septembre \d{4}/);
    await expect(regionalDay).toContainText(PLACES_LEFT(100));
  }

  await expectAccessible();
});

test("the national day's page shows its programme in order", async ({ page, expectAccessible }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Journée nationale", exact: true }).click();

  await expect(page).toHaveURL(/\/evenements\/journee-nationale$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journée nationale");
  await expect(page).toHaveTitle("Journée nationale · Rencontres ESS");

  const programme = page.getByRole("region", { name: "Programme" });
  await expect(programme.getByRole("heading", { level: 3 })).toHaveText(NATIONAL_PROGRAMME);
  await expect(programme.getByRole("listitem").first()).toContainText("9 h 30 – 10 h");
  await expect(programme.getByRole("listitem").first()).toContainText("Ouverture");

  const hamon = page.getByRole("list", { name: "Intervenants" }).getByRole("listitem").filter({ hasText: "Benoît Hamon" });
  await expect(hamon).toContainText("sous réserve");

  await expectAccessible();
});

test("a regional day's page shows its host and announces its programme", async ({ page, expectAccessible }) => {
  await page.goto("/evenements/rennes");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journée régionale de Rennes");
  await expect(page.getByText("Conseil régional Bretagne", { exact: true })).toBeVisible();
  await expect(page.getByText("Lieu communiqué prochainement")).toBeVisible();
  await expect(page.getByRole("region", { name: "Programme" })).toContainText("sera publié prochainement");

  await expectAccessible();
});

test("an unknown event answers 404 with a French page", async ({ page, expectAccessible }) => {
  const response = await page.goto("/evenements/inconnu");

  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expect(page.getByRole("link", { name: "Retour à l'accueil" })).toBeVisible();

  await expectAccessible();
});

for (const path of ["/", "/evenements/journee-nationale", "/evenements/rennes", "/evenements/inconnu"]) {
  test(`${path} fits a 320 px wide screen`, async ({ page, expectNoHorizontalScroll }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await expectNoHorizontalScroll();
  });
}

test("the first Tab focuses the skip link, which leads to the main content", async ({ page }) => {
  await page.goto("/");

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Aller au contenu principal" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();

  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});
