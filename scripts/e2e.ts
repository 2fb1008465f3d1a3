// `npm run test:e2e`: builds the production app if needed, then runs the Playwright journeys in
// Debian's Chromium against `npm start`'s own start-up path, on E2E_WORKERS workers (2 by default),
// each with its own server (on E2E_PORT + 2 × its index), its own throwaway SQLite database and its
// own real SMTP server that receives its app's emails (saved as .eml files the journeys read): the
// slots of e2e/worker-slot.ts. `--build-only` makes the build and stops (scripts/test.sh makes it
// while Vitest runs).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { journeyServerEnv, SERVER_COMMAND } from "../e2e/server-env";
import type { E2eSlot } from "../e2e/worker-slot";
import { chromiumAvailability } from "../tests/support/availability";
import { startSmtpServer, type TestSmtpServer } from "../tests/support/smtp-server";
import { answering, stopServer } from "./support/bench-server";
import { buildIfNeeded } from "./support/build-if-needed";
import { ROOT } from "./support/processes";

/**
 * Debian's headless shell (package chromium-headless-shell): the same Blink and V8 without the
 * browser's window layers, and what Playwright itself uses for headless runs. It takes a quarter
 * less CPU a journey than the full `chromium --headless`, which is used when only it is installed.
 */
function defaultChromium(): string {
  const shell = "/usr/bin/chromium-headless-shell";
  return existsSync(shell) ? shell : "/usr/bin/chromium";
}

/**
 * A slot's server, started the way Playwright's webServer would (playwright.config.ts), its errors
 * shown as they come, prefixed with its port; resolves once it answers. If it stops or never
 * answers, the error carries the end of what it printed.
 */
async function startJourneyServer(slot: E2eSlot): Promise<ChildProcess> {
  const server = spawn(process.execPath, SERVER_COMMAND, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...journeyServerEnv(slot) } });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString().split("\n").filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  server.stdout!.on("data", keep);
  server.stderr!.on("data", (chunk: Buffer) => {
    keep(chunk);
    for (const line of chunk.toString().split("\n").filter(Boolean)) process.stderr.write(`[server ${slot.E2E_PORT}] ${line}\n`);
  });
  try {
    return await answering(server, Number(slot.E2E_PORT), `The journeys' server on port ${slot.E2E_PORT}`);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error}:\n${tail.join("\n")}`, { cause: error });
  }
}

async function main(): Promise<number> {
  if (process.argv[2] === "--build-only") {
    buildIfNeeded();
    return 0;
  }
  const chromium = process.env.CHROMIUM_PATH ?? defaultChromium();
  if (!chromiumAvailability(chromium).available) return 0;

  buildIfNeeded();
  const workers = Number(process.env.E2E_WORKERS ?? 2);
  if (!Number.isInteger(workers) || workers < 1 || workers > 10) throw new Error(`E2E_WORKERS must be 1 to 10, not ${process.env.E2E_WORKERS}`);
  // Each journey server takes E2E_PORT + 2k; the specs that start servers of their own add 1, 20
  // and 21 to their worker's port (database-outage, rate-limit-flood): no two ever meet.
  const basePort = Number(process.env.E2E_PORT ?? 3100);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-e2e-"));
  const mailboxes: TestSmtpServer[] = [];
  const servers: Promise<ChildProcess>[] = [];
  try {
    const slots: E2eSlot[] = [];
    for (let index = 0; index < workers; index++) {
      const mailDir = path.join(scratch, `mail-${index}`);
      mkdirSync(mailDir);
      const smtp = await startSmtpServer({ saveTo: mailDir });
      mailboxes.push(smtp);
      slots.push({
        E2E_PORT: String(basePort + 2 * index),
        E2E_DATABASE_URL: `file:${path.join(scratch, `e2e-${index}.db`)}`,
        E2E_SMTP_URL: smtp.url,
        E2E_MAIL_DIR: mailDir,
      });
    }
    // The servers start side by side (Playwright would start them one after the other).
    servers.push(...slots.map(startJourneyServer));
    await Promise.all(servers);
    const playwright = spawn(process.execPath, [path.join(ROOT, "node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, CHROMIUM_PATH: chromium, E2E_SLOTS: JSON.stringify(slots), E2E_SERVERS: "started" },
    });
    return await new Promise<number>((resolve) => playwright.on("exit", (code) => resolve(code ?? 1)));
  } finally {
    await Promise.all(servers.map((server) => server.then(stopServer, () => undefined)));
    await Promise.all(mailboxes.map((smtp) => smtp.stop()));
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
