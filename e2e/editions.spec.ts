// An admin runs the next year alone: edits the series' texts (preview, then the home page shows
// them), prepares the next edition from the current one, moves a regional day to another city with
// a new host, publishes it after confirming; a newcomer registers for the moved day; the archive
// shows the edition that was current. Every page gets an axe scan. Afterwards the seeded edition is
// put back as it was: the journeys that follow expect it.
import type Database from "better-sqlite3";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { createAccount, e2eDatabase, sessionCookie } from "./database";
import { BASE_URL } from "./local-database";
import { fillRegistrationForm, person } from "./registrations";

test.describe.configure({ mode: "serial" });

interface Snapshot {
  edition: Record<string, unknown>;
  networks: Record<string, unknown>[];
}

let seeded: Snapshot;
let cookie: string;

const read = <T>(work: (db: Database.Database) => T): T => {
  const db = e2eDatabase();
  try {
    return work(db);
  } finally {
    db.close();
  }
};

test.beforeAll(() => {
  seeded = read((db) => {
    const edition = db.prepare(`SELECT * FROM "Series" WHERE "status" = 'CURRENT'`).get() as Record<string, unknown>;
    return { edition, networks: db.prepare(`SELECT * FROM "Network" WHERE "seriesId" = ?`).all(edition.id) as Record<string, unknown>[] };
  });
  cookie = read((db) => sessionCookie(createAccount(db, { label: "editions", role: "ADMIN" })));
});

test.afterAll(() => {
  read((db) => {
    db.transaction(() => {
      const editions = db.prepare(`SELECT "id" FROM "Series" WHERE "id" <> ?`).all(seeded.edition.id) as { id: string }[];
      for (const { id } of editions) {
        db.prepare(`DELETE FROM "Attendee" WHERE "id" IN (SELECT "attendeeId" FROM "Registration" JOIN "Event" ON "Event"."id" = "eventId" WHERE "seriesId" = ?)`).run(id);
        db.prepare(`DELETE FROM "Event" WHERE "seriesId" = ?`).run(id);
        db.prepare(`DELETE FROM "Series" WHERE "id" = ?`).run(id);
      }
      const { id, theme, context, footer, contactEmail, status } = seeded.edition;
      db.prepare(`UPDATE "Series" SET "theme" = ?, "context" = ?, "footer" = ?, "contactEmail" = ?, "status" = ? WHERE "id" = ?`).run(theme, context, footer, contactEmail, status, id);
      db.prepare(`DELETE FROM "Network" WHERE "seriesId" = ?`).run(id);
      for (const network of seeded.networks) {
        db.prepare(`INSERT INTO "Network" ("id", "seriesId", "acronym", "name", "url", "position") VALUES (?, ?, ?, ?, ?, ?)`).run(network.id, id, network.acronym, network.name, network.url, network.position);
      }
    })();
  });
});

test.use({ baseURL: BASE_URL });
// Long journeys on a production build: every page is rendered and scanned.
test.setTimeout(180_000);

test("an admin edits the series' texts, previews them, saves them, and the home page shows them", async ({ page, context, expectAccessible }) => {
  await context.setExtraHTTPHeaders({ cookie });
  await page.goto("/admin/editions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Éditions");
  await expectAccessible();
  await page.getByRole("link", { name: seeded.edition.title as string }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seeded.edition.title as string);
  await expectAccessible();

  const networks = page.getByLabel("Réseaux co-organisateurs");
  const lines = (await networks.inputValue()).split("\n");
  // RTES first, with its site; AMF removed; the others in their order.
  const reordered = [`RTES | Réseau des collectivités territoriales pour une économie solidaire | https://www.rtes.fr`, ...lines.filter((line) => !/^(RTES|AMF) /.test(line))];
  await networks.fill(reordered.join("\n"));
  await page.getByLabel("Thème", { exact: true }).fill("Coopérer entre territoires pour l'ESS");
  await page.getByLabel("Adresse de contact publique (facultatif)").fill("contact@rencontres.example.fr");
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  const preview = page.getByRole("region", { name: "Aperçu (non enregistré)" });
  await expect(preview).toContainText("Coopérer entre territoires pour l'ESS");
  await expect(preview.getByRole("link", { name: "Réseau des collectivités territoriales pour une économie solidaire" })).toHaveAttribute("href", "https://www.rtes.fr");
  await expectAccessible();

  // Nothing is saved by a preview.
  const visitor = await (await context.browser()!.newContext({ baseURL: BASE_URL })).newPage();
  await visitor.goto("/");
  await expect(visitor.locator(".lead")).toContainText("Économie sociale et solidaire et coopération territoriale");

  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toHaveText("Textes enregistrés : le site public les montre dès maintenant.");
  await visitor.goto("/");
  await expect(visitor.locator(".lead")).toContainText("Coopérer entre territoires pour l'ESS");
  await expect(visitor.locator(".networks li").first()).toContainText("RTES");
  await expect(visitor.locator(".networks")).not.toContainText("AMF");
  await expect(visitor.getByRole("contentinfo").getByRole("link", { name: "contact@rencontres.example.fr" })).toBeVisible();
  await visitor.context().close();
});

test("an admin prepares the next edition, moves a regional day to Lyon, publishes it; a newcomer registers; the archive shows the past one", async ({ page, context, expectAccessible }) => {
  await context.setExtraHTTPHeaders({ cookie });
  await page.goto(`/admin/editions/${seeded.edition.id}`);
  await page.getByRole("link", { name: "Préparer l'édition suivante" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Préparer l'édition suivante");
  await expectAccessible();
  await expect(page.getByLabel("Titre", { exact: true }).first()).toHaveValue(/^3es Rencontres/);

  // The Grenoble day's fields (day-<its id>-<field>).
  const grenobleId = read((db) => (db.prepare(`SELECT "id" FROM "Event" WHERE "slug" = 'grenoble'`).get() as { id: string }).id);
  const field = (name: string) => page.locator(`#day-${grenobleId}-${name}`);
  const slug = await field("slug").inputValue();
  const year = slug.slice(-4);
  expect(slug).toBe(`grenoble-${year}`);
  // Suggested: the same weekday (a Thursday), a year later.
  expect(new Date(`${await field("date").inputValue()}T12:00:00Z`).getUTCDay()).toBe(4);
  await field("title").fill("Journée régionale de Lyon");
  await field("slug").fill(`lyon-${year}`);
  await field("city").fill("Lyon");
  await field("venue").fill("Hôtel de la Métropole");
  await field("host").fill("Métropole de Lyon");
  await page.getByRole("button", { name: "Préparer l'édition" }).click();

  await expect(page.getByRole("status")).toContainText("Édition préparée en brouillon");
  await expect(page.getByText("En préparation", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Journée régionale de Lyon" })).toBeVisible();
  await expectAccessible();
  // A draft is seen by nobody.
  expect((await page.request.get(`/evenements/lyon-${year}`)).status()).toBe(404);

  await page.getByRole("link", { name: "Publier cette édition" }).click();
  await expectAccessible();
  await page.getByRole("button", { name: "Publier l'édition" }).click();
  await expect(page.locator(".error-summary")).toContainText("Cochez la case pour confirmer la publication.");
  await page.getByRole("checkbox", { name: /^Je publie cette édition/ }).check();
  await page.getByRole("button", { name: "Publier l'édition" }).click();
  await expect(page.getByRole("status")).toContainText("Édition publiée");
  await expect(page.getByText("En cours", { exact: true })).toBeVisible();

  // The home page presents the new edition; a newcomer registers for the moved day.
  const visitor = await (await context.browser()!.newContext({ baseURL: BASE_URL })).newPage();
  await visitor.goto("/");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(/^3es Rencontres/);
  await expect(visitor.getByRole("heading", { name: "Journée régionale de Lyon" })).toBeVisible();
  await visitor.goto(`/inscription?evenement=lyon-${year}`);
  await expect(visitor.getByRole("radio", { name: "Journée régionale de Lyon" })).toBeChecked();
  await fillRegistrationForm(visitor, person("lyon"));
  await visitor.getByRole("button", { name: "Valider mon inscription" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");

  // The archive: the edition that was current, its days and their attendance in numbers.
  await visitor.goto("/");
  await visitor.getByRole("link", { name: "Les éditions précédentes des Rencontres" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Éditions précédentes");
  const past = visitor.getByRole("region", { name: seeded.edition.title as string });
  await expect(past).toContainText("Coopérer entre territoires pour l'ESS");
  await expect(past.getByRole("heading", { name: "Journée régionale de Grenoble" })).toBeVisible();
  await expect(past.getByText(/^Participation\s:\s\d+ personnes? inscrites?, \d+ personnes? présentes?\.$/).first()).toBeVisible();
  await past.getByText("Programme de la journée").first().click();
  await expect(past.getByText("Ouverture des travaux")).toBeVisible();
  await expectNoAxeViolations(visitor);
  // The old day's address still answers.
  expect((await visitor.request.get("/evenements/grenoble")).status()).toBe(200);
  await visitor.context().close();
  await expectAccessible();
});
