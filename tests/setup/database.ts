import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase } from "../support/postgres-cluster";
import { TEMPLATE_DATABASE } from "./global-database";

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
  process.env.DATABASE_URL = await createDatabase(source, name, { template: TEMPLATE_DATABASE });
  // Leaves nothing behind on a server of one's own (TEST_DATABASE_URL).
  afterAll(() => dropDatabase(source, name));
}
