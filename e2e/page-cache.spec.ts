// The public page cache's contract, through the production server (`npm start`'s own path): two
// instances of their own on a fresh SQLite file, each with its background worker, a short
// PAGE_CACHE_SECONDS and a worker that runs every second. A copy of a page never shares what is one
// visitor's (the scripts' nonce, the form's signed time), and what the other instance or the worker
// writes shows on the public pages within PAGE_CACHE_SECONDS (docs/decisions/008).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { BASE_URL } from "./local-database";
import { fillRegistrationForm, person, registrationBody, uniqueEmail } from "./registrations";
import { SERVER_COMMAND } from "./server-env";

const ROOT = path.resolve(__dirname, "..");
const PAGE_CACHE_SECONDS = 3;
const JOBS_INTERVAL_SECONDS = 1;
/** The two instances listen beside the journeys' server, in the same range of ports. */
const PORTS = [Number(new URL(BASE_URL).port) + 11, Number(new URL(BASE_URL).port) + 12];
const origins = PORTS.map((port) => `http://127.0.0.1:${port}`);

const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-page-cache-"));
const databaseFile = path.join(scratch, "cache.db");
const servers: ChildProcess[] = [];

/**
 * The first: `npm start` (migrations, seed, then the production server and its worker); the second:
 * the production server alone on the database the first prepared (a migration waits for no one).
 */
function start(port: number, { first }: { first: boolean }): ChildProcess {
  const secret = "e2e-page-cache-secret-not-for-production";
  return spawn(process.execPath, first ? SERVER_COMMAND : ["scripts/serve.mjs"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      PORT: String(port),
      DATABASE_URL: `file:${databaseFile}`,
      APP_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: secret,
      SMTP_URL: process.env.E2E_SMTP_URL ?? "",
      MAILBOX_PORT: String(port + 20),
      ADMIN_EMAILS: "admin-e2e@rencontres.example.fr",
      RATE_LIMIT_PER_IP: "100000",
      RATE_LIMIT_PER_EMAIL: "1000",
      FORM_MIN_FILL_SECONDS: "0",
      PAGE_CACHE_SECONDS: String(PAGE_CACHE_SECONDS),
      JOBS_INTERVAL_SECONDS: String(JOBS_INTERVAL_SECONDS),
    },
  });
}

async function answering(origin: string) {
  await expect
    .poll(() => fetch(`${origin}/api/health`).then((response) => response.status, () => 0), { timeout: 90_000, intervals: [250] })
    .toBe(200);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // One after the other: the first prepares the database, the second finds it ready.
  for (const [index, port] of PORTS.entries()) {
    servers.push(start(port, { first: index === 0 }));
    await answering(origins[index]);
  }
});

test.afterAll(async () => {
  await Promise.all(
    servers.map((server) =>
      server.exitCode !== null || server.signalCode !== null ? undefined : new Promise((resolve) => server.once("exit", resolve).kill("SIGTERM")),
    ),
  );
  rmSync(scratch, { recursive: true, force: true });
});

/** The database file, for what no page offers: a day's capacity, a hold or an offer that ran out. */
function database<T>(work: (db: Database.Database) => T): T {
  const db = new Database(databaseFile, { timeout: 10_000 });
  try {
    return work(db);
  } finally {
    db.close();
  }
}
const longAgo = new Date(Date.now() - 60 * 60 * 1000).toISOString().replace("Z", "+00:00");

const nonceOf = (policy: string | undefined) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? "")?.[1];

interface Load {
  page: Page;
  nonce: string;
  formTime: string;
  blocked: string[];
}

/** A browser's load of the form, with what must be its own: the policy's nonce, on every script, and the signed form time. */
async function loadForm(page: Page): Promise<Load> {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  const response = await page.goto("/inscription?evenement=journee-nationale");
  expect(response?.status()).toBe(200);
  const nonce = nonceOf(response!.headers()["content-security-policy"]);
  expect(nonce, "the policy has a nonce").toBeTruthy();
  const scripts = [...(await response!.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, "every script carries this load's nonce").toContain(`nonce="${nonce}"`);
  const formTime = await page.locator('input[name="formulaire"]').inputValue();
  expect(formTime).toMatch(/^\d{13}\.[\w-]{22}$/);
  return { page, nonce: nonce!, formTime, blocked };
}

test("two loads of the form in a row carry their own nonce and signed form time, and each registers", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: origins[0] });
  // The first load renders the page and keeps it; the next ones are its copies.
  expect((await context.request.get("/inscription?evenement=journee-nationale")).status()).toBe(200);
  const first = await loadForm(await context.newPage());
  const second = await loadForm(await context.newPage());
  expect(second.nonce).not.toBe(first.nonce);
  expect(second.formTime).not.toBe(first.formTime);

  for (const [index, load] of [first, second].entries()) {
    await fillRegistrationForm(load.page, person(`cache-formulaire-${index}`));
    await load.page.getByRole("button", { name: "Valider mon inscription" }).click();
    await expect(load.page).toHaveURL(/\/inscription\/confirmation\/[\w.-]+$/);
    await expect(load.page.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");
    expect(load.blocked, "blocked by the Content-Security-Policy").toEqual([]);
  }
  await context.close();
});

/** What a day's page says of its places: « 2 places restantes sur 2 », « Complet — liste d'attente ». */
async function placesOn(request: APIRequestContext, origin: string, slug: string): Promise<string> {
  const html = (await (await request.get(`${origin}/evenements/${slug}`)).text()).replace(/<!-- -->/g, "").replace(/&#x27;|&apos;|&#39;/g, "'");
  return /class="places[^"]*">([^<]*)</.exec(html)?.[1] ?? "";
}

/** Within PAGE_CACHE_SECONDS of a write, with a little room for rendering on a loaded machine. */
const WITHIN = { timeout: (PAGE_CACHE_SECONDS + 3) * 1000, intervals: [200] };
/**
 * Until the background worker has made its write: it runs every JOBS_INTERVAL_SECONDS, but how soon
 * it gets the CPU is the machine's matter, not the cache's; the page's freshness is measured from
 * the write on.
 */
const WORKER_WRITE = { timeout: 60_000, intervals: [200] };

test("what the other instance and the background worker write shows on the pages within PAGE_CACHE_SECONDS", async ({ request }) => {
  const [here, there] = origins;
  const register = async (origin: string, label: string) => {
    const response = await request.post(`${origin}/api/registrations`, { data: registrationBody(["nancy"], uniqueEmail(label)) });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { manageToken: string; registrations: { status: string }[] };
  };
  /** The day's newest registration: the one this journey just made. */
  const newestRegistration = () =>
    database(
      (db) =>
        db.prepare(`SELECT "Registration"."id" FROM "Registration" JOIN "Event" ON "Event"."id" = "eventId" WHERE "slug" = 'nancy' ORDER BY "Registration"."createdAt" DESC LIMIT 1`).get() as {
          id: string;
        },
    );

  // Nancy with two seats, and its page kept here.
  database((db) => db.prepare(`UPDATE "Event" SET "capacity" = 2 WHERE "slug" = 'nancy'`).run());
  await expect.poll(() => placesOn(request, here, "nancy"), WITHIN).toBe("2 places restantes sur 2");

  // Another instance's write.
  await register(there, "cache-autre-instance");
  await expect.poll(() => placesOn(request, here, "nancy"), WITHIN).toBe("1 place restante sur 2");

  // The worker's: a seat held for an address not confirmed in time goes back (expire-holds).
  await register(here, "cache-attente-confirmation");
  const heldId = newestRegistration().id;
  expect(await placesOn(request, here, "nancy")).toBe("Complet — liste d'attente");
  database((db) => db.prepare(`UPDATE "Registration" SET "holdExpiresAt" = ? WHERE "id" = ?`).run(longAgo, heldId));
  await expect
    .poll(() => database((db) => (db.prepare(`SELECT "status" FROM "Registration" WHERE "id" = ?`).get(heldId) as { status: string }).status), WORKER_WRITE)
    .toBe("CANCELLED");
  await expect.poll(() => placesOn(request, here, "nancy"), WITHIN).toBe("1 place restante sur 2");

  // The worker's again: an offer of the seat that ran out frees it (expire-offers).
  const last = await register(here, "cache-derniere-place");
  const waiting = await register(here, "cache-liste-attente");
  expect(waiting.registrations[0].status).toBe("WAITLISTED");
  expect((await request.delete(`${here}/api/registrations/${last.manageToken}`)).status()).toBe(200);
  const offered = database(
    (db) =>
      db.prepare(`SELECT "registrationId" FROM "WaitlistEntry" WHERE "offerExpiresAt" IS NOT NULL AND "eventId" = (SELECT "id" FROM "Event" WHERE "slug" = 'nancy')`).get() as
        | { registrationId: string }
        | undefined,
  );
  expect(offered, "the freed seat is offered to the one waiting").toBeDefined();
  expect(await placesOn(request, here, "nancy")).toBe("Complet — liste d'attente");
  database((db) => db.prepare(`UPDATE "WaitlistEntry" SET "offerExpiresAt" = ? WHERE "registrationId" = ?`).run(longAgo, offered!.registrationId));
  await expect
    .poll(() => database((db) => db.prepare(`SELECT 1 FROM "WaitlistEntry" WHERE "registrationId" = ?`).get(offered!.registrationId) ?? null), WORKER_WRITE)
    .toBeNull();
  await expect.poll(() => placesOn(request, here, "nancy"), WITHIN).toBe("1 place restante sur 2");
});
