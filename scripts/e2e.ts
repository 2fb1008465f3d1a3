// `npm run test:e2e`: builds the production app if needed, then runs the Playwright journeys in
// Debian's Chromium against `npm start`'s own start-up path, on a throwaway SQLite database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumAvailability } from "../tests/support/availability";
import { buildIfNeeded } from "./support/build-if-needed";
import { ROOT } from "./support/processes";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!chromiumAvailability(chromium).available) process.exit(0);

buildIfNeeded();
const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-e2e-"));
const result = spawnSync(
  process.execPath,
  [path.join(ROOT, "node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)],
  {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, CHROMIUM_PATH: chromium, E2E_DATABASE_URL: `file:${path.join(scratch, "e2e.db")}` },
  },
);
rmSync(scratch, { recursive: true, force: true });
process.exit(result.status ?? 1);
