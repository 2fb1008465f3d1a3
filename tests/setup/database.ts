import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import { TEMPLATE_DATABASE } from "./template-database";

// Runs before each test file is imported: points DATABASE_URL (read once by lib/env.ts) at a fresh
// copy of the migrated template, so that every file starts from clean data.
const provider = inject("provider");
const source = inject("databaseSource");
const name = `test_${randomUUID().replaceAll("-", "")}`;

if (provider === "sqlite") {
  const file = path.join(path.dirname(source), `${name}.db`);
  copyFileSync(source, file);
  process.env.DATABASE_URL = `file:${file}`;
} else {
  // Imported here only: a file on SQLite does not load the cluster helpers and their pg client.
  const { createDatabase, dropDatabase } = await import("../support/postgres-cluster");
  process.env.DATABASE_URL = await createDatabase(source, name, { template: TEMPLATE_DATABASE });
  // Leaves nothing behind on a server of one's own (TEST_DATABASE_URL).
  afterAll(() => dropDatabase(source, name));
}
