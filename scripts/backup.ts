// `npm run backup`: a consistent copy of the database, while the app runs, into data/backups/.
import path from "node:path";
import { loadEnvConfig } from "@next/env";
import { parseEnv } from "../lib/env-schema";
import { backupDatabase, backupDocuments } from "./support/backup";
import { ROOT } from "./support/processes";

async function main() {
  loadEnvConfig(ROOT);
  process.umask(0o077);
  const settings = parseEnv(process.env);
  const dir = path.resolve(ROOT, settings.BACKUP_DIR);
  const now = new Date();
  const database = await backupDatabase({ databaseUrl: settings.DATABASE_URL, dir, keep: settings.BACKUP_KEEP, now });
  // The days' documents (slides, photos) live beside the database, in files: copied with it.
  const documents = backupDocuments({ from: path.resolve(ROOT, settings.DOCUMENTS_DIR), dir, keep: settings.BACKUP_KEEP, now });
  for (const result of [database, documents]) {
    console.log(result.message);
    if (result.removed.length > 0) console.log(`Anciennes copies supprimées : ${result.removed.join(", ")}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
