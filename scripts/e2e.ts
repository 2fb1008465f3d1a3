// `npm run test:e2e`: builds the production app if needed, then runs the Playwright journeys in
// Debian's Chromium against `npm start`'s own start-up path, on a throwaway SQLite database, with a
// real SMTP server that receives the app's emails (saved as .eml files the journeys read).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumAvailability } from "../tests/support/availability";
import { startSmtpServer } from "../tests/support/smtp-server";
import { buildIfNeeded } from "./support/build-if-needed";
import { ROOT } from "./support/processes";

async function main(): Promise<number> {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!chromiumAvailability(chromium).available) return 0;

  buildIfNeeded();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-e2e-"));
  const mailDir = path.join(scratch, "mail");
  mkdirSync(mailDir);
  const smtp = await startSmtpServer({ saveTo: mailDir });
  try {
    const playwright = spawn(process.execPath, [path.join(ROOT, "node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        CHROMIUM_PATH: chromium,
        E2E_DATABASE_URL: `file:${path.join(scratch, "e2e.db")}`,
        E2E_SMTP_URL: smtp.url,
        E2E_MAIL_DIR: mailDir,
      },
    });
    return await new Promise<number>((resolve) => playwright.on("exit", (code) => resolve(code ?? 1)));
  } finally {
    await smtp.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
