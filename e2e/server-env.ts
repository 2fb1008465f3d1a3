import os from "node:os";
import path from "node:path";
import { checkLocalDatabase } from "./local-database";
import type { E2eSlot } from "./worker-slot";

/** `npm start`'s own start-up path (migrations, seed, the production build made beforehand), as every journey server runs it. */
export const SERVER_COMMAND = ["--import", "tsx", "scripts/start.ts"];

/** What a slot's server runs with (scripts/e2e.ts starts one a slot; playwright.config.ts for a run by hand). */
export function journeyServerEnv(slot: E2eSlot): Record<string, string> {
  return {
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
  };
}
