import { chmodSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseTarget } from "../../prisma/database-target";
import { seedDatabase, type SeedResult } from "../../prisma/seed";
import { createDbClient } from "../../lib/db/create-client";
import { backfillNameKeys } from "../../lib/registrations/backfill-name-keys";
import { backfillTicketCodes } from "../../lib/checkin/backfill-ticket-codes";
import { runNodeScript } from "./processes";

/** Applies pending migrations, gives older rows what they lack (name keys, ticket codes), then seeds the programme when the database is empty. */
export async function prepareDatabase(databaseUrl: string, options: { year?: number } = {}): Promise<SeedResult> {
  const target = databaseTarget(databaseUrl);
  if (target.provider === "sqlite") {
    const file = target.url.slice("file:".length);
    // Personal data: the folder and the database are the owner's only (the umask of `npm start`
    // covers the files SQLite adds beside it, -wal and -shm).
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // WAL lets readers go on while a registration writes; the mode is stored in the file itself.
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
    chmodSync(file, 0o600);
  }
  runNodeScript("scripts/prisma.mjs", ["migrate", "deploy"], { ...process.env, DATABASE_URL: target.url });
  const db = createDbClient(target.url);
  try {
    await backfillNameKeys(db);
    await backfillTicketCodes(db);
    return await seedDatabase(db, options);
  } finally {
    await db.$disconnect();
  }
}
