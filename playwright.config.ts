import { defineConfig } from "@playwright/test";
import { BASE_URL as baseURL } from "./e2e/local-database";
import { journeyServerEnv, SERVER_COMMAND } from "./e2e/server-env";
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
  // scripts/e2e.ts (`npm run test:e2e`) starts the slots' servers itself, side by side, before
  // Playwright: Playwright starts its webServer entries one after the other, which kept one core
  // idle for the ten seconds of each start. A run by hand (`npx playwright test`) starts them here.
  webServer:
    process.env.E2E_SERVERS === "started"
      ? undefined
      : slots.map((slot) => ({
          command: `node ${SERVER_COMMAND.join(" ")}`,
          url: `http://127.0.0.1:${slot.E2E_PORT}`,
          reuseExistingServer: false,
          timeout: 60_000,
          env: journeyServerEnv(slot),
        })),
});
