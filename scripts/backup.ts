// `npm run backup`: a consistent copy of the database, while the app runs, into data/backups/.
import path from "node:path";
import { loadEnvConfig } from "@next/env";
import { parseEnv } from "../lib/env-schema";
import { backupDatabase } from "./support/backup";
import { ROOT } from "./support/processes";

async function main() {
  loadEnvConfig(ROOT);
  process.umask(0o077);
  const settings = parseEnv(process.env);
  const result = await backupDatabase({ databaseUrl: settings.DATABASE_URL, dir: path.resolve(ROOT, settings.BACKUP_DIR), keep: settings.BACKUP_KEEP });
  console.log(result.message);
  if (result.removed.length > 0) console.log(`Anciennes copies supprimées : ${result.removed.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
