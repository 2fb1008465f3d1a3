// `npm start`: prepares the database (migrations, then the programme when empty), builds when the
// sources changed since the last build, then serves the production app.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { loadEnvConfig } from "@next/env";
import { parseEnv } from "../lib/env-schema";
import { ensureAuthSecret } from "../lib/auth-secret";
import { buildIfNeeded } from "./support/build-if-needed";
import { prepareDatabase } from "./support/prepare-database";
import { runNodeScript, ROOT, SERVE_SCRIPT } from "./support/processes";

async function main() {
  // Files the app and its server create (database, its journal, backups, the secret) are the owner's only.
  process.umask(0o077);
  loadEnvConfig(ROOT); // the same .env files `next start` reads, so both see the same settings
  const settings = parseEnv(process.env);
  const port = String(settings.PORT);
  const authSecret = settings.AUTH_SECRET ?? ensureAuthSecret();
  if (settings.RATE_LIMITS === "off") console.warn("ATTENTION : RATE_LIMITS=off, aucune limite de débit (tests de charge seulement).");

  if (!existsSync(`${ROOT}/lib/generated/sqlite/client.ts`)) runNodeScript("scripts/generate-clients.mjs");
  const { seeded, year } = await prepareDatabase(settings.DATABASE_URL, { year: settings.SEED_YEAR });
  if (seeded) console.log(`Programme des Rencontres ajouté à la base (année ${year}).`);
  buildIfNeeded();

  console.log(`Rencontres ESS : http://localhost:${port}`);
  const server = spawn(process.execPath, [SERVE_SCRIPT], {
    cwd: ROOT,
    stdio: "inherit",
    // next-auth reads its own variables: the public address (links, cookies) and the secret.
    env: { ...process.env, NODE_ENV: "production", PORT: port, AUTH_SECRET: authSecret, NEXTAUTH_SECRET: authSecret, NEXTAUTH_URL: settings.APP_URL, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
