import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { TEMPLATE_DATABASE } from "./template-database";

// Runs before each test file is imported, so that every file starts from an empty migrated database.
//
// The first file of a worker points DATABASE_URL (read once by lib/env.ts) at a fresh copy of the
// migrated template. In the projects whose files share a worker (isolate: false, vitest.config.mts),
// the later files find the modules, the app's one Prisma client (lib/db/client.ts) and that
// database already there: the database is emptied instead (tests/support/test-database.ts).
const provider = inject("provider");
const source = inject("databaseSource");
const worker = globalThis as { rencontresTestDatabaseUrl?: string };

if (worker.rencontresTestDatabaseUrl !== undefined && worker.rencontresTestDatabaseUrl === process.env.DATABASE_URL) {
  const { emptyDatabase } = await import("../support/test-database");
  await emptyDatabase(provider, worker.rencontresTestDatabaseUrl);
} else {
  const name = `${inject("databasePrefix")}${randomUUID().replaceAll("-", "")}`;
  if (provider === "sqlite") {
    const file = path.join(path.dirname(source), `${name}.db`);
    copyFileSync(source, file);
    process.env.DATABASE_URL = `file:${file}`;
  } else {
    // Imported here only: a file on SQLite does not load the cluster helpers and their pg client.
    // The run's databases are dropped together at its end (tests/setup/global-database.ts).
    const { createDatabase } = await import("../support/postgres-cluster");
    process.env.DATABASE_URL = await createDatabase(source, name, { template: TEMPLATE_DATABASE });
  }
  worker.rencontresTestDatabaseUrl = process.env.DATABASE_URL;
  // Its own folder of documents too, beside the provider's (vitest.config.mts): a file counting the
  // files on disk never sees those of a file running in another worker.
  process.env.DOCUMENTS_DIR = path.join(process.env.DOCUMENTS_DIR ?? path.dirname(source), name);
}
