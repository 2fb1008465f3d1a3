import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { runNodeScript } from "../../scripts/support/processes";
import { createDatabase, dropDatabase, startPostgresCluster } from "../support/postgres-cluster";
import { TEMPLATE_DATABASE } from "./template-database";

declare module "vitest" {
  export interface ProvidedContext {
    provider: "sqlite" | "postgresql";
    /** SQLite: the migrated template file. PostgreSQL: the server's admin URL. */
    databaseSource: string;
  }
}

function migrate(databaseUrl: string) {
  runNodeScript("scripts/prisma.mjs", ["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl }, { quiet: true });
}

/**
 * Migrates one template database per run; each test file then works on its own copy of it
 * (tests/setup/database.ts), so files run in parallel on clean data.
 */
export default async function setup(project: TestProject) {
  const provider = project.config.name === "postgresql" ? "postgresql" : "sqlite";
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rencontres-sqlite-"));
    const template = path.join(dir, "template.db");
    migrate(`file:${template}`);
    project.provide("provider", provider);
    project.provide("databaseSource", template);
    return () => rmSync(dir, { recursive: true, force: true });
  }

  const cluster = process.env.TEST_DATABASE_URL ? null : await startPostgresCluster();
  const adminUrl = process.env.TEST_DATABASE_URL ?? cluster!.url;
  await dropDatabase(adminUrl, TEMPLATE_DATABASE);
  migrate(await createDatabase(adminUrl, TEMPLATE_DATABASE));
  project.provide("provider", provider);
  project.provide("databaseSource", adminUrl);
  return async () => {
    if (cluster) await cluster.stop();
    else await dropDatabase(adminUrl, TEMPLATE_DATABASE);
  };
}
