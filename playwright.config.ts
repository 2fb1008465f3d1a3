import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { BASE_URL as baseURL, checkLocalDatabase } from "./e2e/local-database";
import { e2eSlots } from "./e2e/worker-slot";

function recordTraces(): boolean {
  if (process.env.E2E_TRACE === "on") return true;
  if (process.env.E2E_TRACE === "off") return false;
  return !process.env.CI;
}

/** One worker per slot, each with its own server, database and mailbox (e2e/worker-slot.ts). */
const slots = e2eSlots();

export default defineConfig({
  testDir: "e2e",
  // A spec file runs whole on one worker, in order; the files are shared out between the workers.
  fullyParallel: false,
  workers: slots.length,
  retries: 0,
  // A margin, not a goal: a long journey takes up to half a minute on a loaded 2-core machine,
  // Playwright's default limit. test.slow() still triples it, test.setTimeout() still sets it.
  timeout: 60_000,
  reporter: "list",
  use: {
    baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    // On a developer's machine, a failed journey keeps its trace (actions, DOM snapshots, network,
    // console): enough to see what happened. Recording costs every journey a fifth of its browser's
    // CPU, and CI keeps only what the run prints: there, no trace unless E2E_TRACE=on.
    trace: recordTraces() ? { mode: "retain-on-failure", screenshots: false, snapshots: true, sources: false } : "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        // Debian's Chromium: browsers are never downloaded by Playwright here.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: slots.map((slot) => ({
    // `npm start`'s own path: migrations, seed and the production build (made beforehand by
    // scripts/e2e.ts, so it is not rebuilt here). Node is started directly so that it can be stopped.
    command: "node --import tsx scripts/start.ts",
    url: `http://127.0.0.1:${slot.E2E_PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: slot.E2E_PORT,
      DATABASE_URL: checkLocalDatabase(slot.E2E_DATABASE_URL),
      APP_URL: `http://127.0.0.1:${slot.E2E_PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "e2e-test-secret-not-for-production-00000",
      // The test SMTP server started by scripts/e2e.ts: the journeys read what the app really sends.
      SMTP_URL: slot.E2E_SMTP_URL,
      ADMIN_EMAILS: "admin-e2e@rencontres.example.fr",
      // The days' documents of this slot's server, out of the project's data/.
      DOCUMENTS_DIR: path.join(os.tmpdir(), `rencontres-e2e-documents-${slot.E2E_PORT}`),
      // Every journey comes from 127.0.0.1: limits high enough for all of them, still counted.
      RATE_LIMIT_PER_IP: "100000",
      RATE_LIMIT_PER_EMAIL: "1000",
      // A journey fills the form faster than a person: the minimum time is a unit test's matter.
      FORM_MIN_FILL_SECONDS: "0",
      // The browsers keep both cores busy: at the lowest priority the email worker got next to no
      // CPU, and an email to twenty people took longer than a journey waits for it.
      WORKER_NICENESS: "0",
    },
  })),
});
