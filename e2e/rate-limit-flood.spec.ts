import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { startBenchServer, stopServer } from "../scripts/support/bench-server";
import { e2eDatabase } from "./database";
import { BASE_URL } from "./local-database";
import { expect, test } from "./fixtures";
import { fillRegistrationForm, person, registrationBody, uniqueEmail } from "./registrations";

/**
 * The journeys' server counts 100,000 requests per address, and whichever bundle first counted a
 * registration (server action or route handler) made the limiter every later request shares. This
 * journey needs a fresh server where the form counts first, and a limit it can reach: its own
 * production server, on a copy of the journeys' database, with 25 registrations per address.
 */
const FLOOD_PORT = Number(new URL(BASE_URL).port) + 20;
const FLOOD_URL = `http://127.0.0.1:${FLOOD_PORT}`;
const PER_ADDRESS = 25;

let server: ChildProcess | undefined;
let scratch: string | undefined;

test.beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-flood-"));
  const copy = path.join(scratch, "flood.db");
  const source = e2eDatabase();
  try {
    await source.backup(copy);
  } finally {
    source.close();
  }
  server = await startBenchServer(`file:${copy}`, {
    port: FLOOD_PORT,
    env: {
      APP_URL: FLOOD_URL,
      AUTH_SECRET: "e2e-flood-secret-not-for-production-0000",
      // Its emails stay in its own captured mailbox: none reaches the journeys' SMTP server twice.
      SMTP_URL: "",
      MAILBOX_PORT: String(FLOOD_PORT + 1),
      RATE_LIMITS: "on",
      RATE_LIMIT_PER_IP: String(PER_ADDRESS),
      RATE_LIMIT_PER_EMAIL: "1000",
      FORM_MIN_FILL_SECONDS: "0",
    },
  });
});

test.afterAll(async () => {
  if (server) await stopServer(server);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test("a flood of registrations after the form gets 429s with Retry-After, never a 500", async ({ page }) => {
  test.setTimeout(120_000);
  // The form first: its server action makes the limiters that the JSON API then shares.
  await page.goto(`${FLOOD_URL}/inscription?evenement=journee-nationale`);
  await fillRegistrationForm(page, person("flot-formulaire"));
  await page.getByRole("button", { name: "Valider mon inscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre inscription est enregistrée");

  // Then 130 registrations from the same client, ten at a time, as the review sent them.
  const statuses: number[] = [];
  const refusals: { retryAfter: string | undefined; body: { error?: string; code?: string } }[] = [];
  for (let round = 0; round < 13; round++) {
    const answers = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const response = await page.request.post(`${FLOOD_URL}/api/registrations`, { data: registrationBody(["journee-nationale"], uniqueEmail("flot-api")) });
        if (response.status() === 429) refusals.push({ retryAfter: response.headers()["retry-after"], body: await response.json() });
        return response.status();
      }),
    );
    statuses.push(...answers);
  }
  expect(statuses.filter((status) => status >= 500), "no request answered with a 5xx").toEqual([]);
  expect(statuses.filter((status) => status === 201)).toHaveLength(PER_ADDRESS - 1);
  expect(statuses.filter((status) => status === 429)).toHaveLength(130 - (PER_ADDRESS - 1));
  for (const { retryAfter, body } of refusals) {
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(body).toMatchObject({ code: "RATE_LIMITED", error: expect.stringMatching(/^Trop de demandes en peu de temps/) });
  }

  // And the form, counted by the limiter the API last used, refuses in French too.
  await page.goto(`${FLOOD_URL}/inscription?evenement=journee-nationale`);
  await fillRegistrationForm(page, person("flot-formulaire-apres"));
  await page.getByRole("button", { name: "Valider mon inscription" }).click();
  await expect(page.getByText(/Trop de demandes en peu de temps/)).toBeVisible();
});
