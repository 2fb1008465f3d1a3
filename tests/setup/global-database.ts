import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { Client } from "pg";
import { runNodeScript } from "../../scripts/support/processes";
import { createDatabase, dropDatabase, startPostgresCluster } from "../support/postgres-cluster";
import { tablesWithRows } from "../support/test-database";
import { TEMPLATE_DATABASE } from "./template-database";

type Provider = "sqlite" | "postgresql";

declare module "vitest" {
  export interface ProvidedContext {
    provider: Provider;
    /** SQLite: the migrated template file. PostgreSQL: the server's admin URL. */
    databaseSource: string;
    /** Starts the name of every database of this run (PostgreSQL), dropped together at the end. */
    databasePrefix: string;
  }
}

function migrate(databaseUrl: string) {
  runNodeScript("scripts/prisma.mjs", ["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl }, { quiet: true });
}

/** Each test file starts from an empty migrated database (tests/setup/database.ts empties a worker's): the migrations must insert nothing. */
async function assertEmptyTemplate(provider: Provider, url: string) {
  const filled = await tablesWithRows(provider, url);
  if (Object.keys(filled).length > 0) {
    throw new Error(`The migrations insert rows (${JSON.stringify(filled)}): tests/support/test-database.ts empties a test database between files and would lose them.`);
  }
}

interface Template {
  source: string;
  prefix: string;
  dispose(): Promise<void>;
}

async function sqliteTemplate(): Promise<Template> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rencontres-sqlite-"));
  const template = path.join(dir, "template.db");
  migrate(`file:${template}`);
  await assertEmptyTemplate("sqlite", `file:${template}`);
  // The files' copies are made in the same folder, removed with it.
  return { source: template, prefix: "test_", dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function postgresqlTemplate(): Promise<Template> {
  const cluster = process.env.TEST_DATABASE_URL ? null : await startPostgresCluster();
  const adminUrl = process.env.TEST_DATABASE_URL ?? cluster!.url;
  await dropDatabase(adminUrl, TEMPLATE_DATABASE);
  const templateUrl = await createDatabase(adminUrl, TEMPLATE_DATABASE);
  migrate(templateUrl);
  await assertEmptyTemplate("postgresql", templateUrl);
  const prefix = `test_${randomUUID().replaceAll("-", "").slice(0, 12)}_`;
  return {
    source: adminUrl,
    prefix,
    dispose: async () => {
      if (cluster) return cluster.stop();
      // A server of one's own (TEST_DATABASE_URL): leaves nothing of this run behind.
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]).finally(() => client.end());
      for (const { datname } of rows) await dropDatabase(adminUrl, datname);
      await dropDatabase(adminUrl, TEMPLATE_DATABASE);
    },
  };
}

/**
 * One template per provider and run, shared by the provider's projects (the files that share a
 * worker and those that need one of their own): one migration and one PostgreSQL cluster per run.
 * Kept on globalThis, which the projects' global setups share in Vitest's main process.
 */
const shared = globalThis as { rencontresTestTemplates?: Map<Provider, { template: Promise<Template>; users: number }> };
const templates = (shared.rencontresTestTemplates ??= new Map());

/**
 * Migrates one template database per run; each test file then works on a clean migrated database
 * copied from it (tests/setup/database.ts), so files run in parallel on clean data.
 */
export default async function setup(project: TestProject) {
  const provider: Provider = project.config.name.startsWith("postgresql") ? "postgresql" : "sqlite";
  let entry = templates.get(provider);
  if (!entry) {
    entry = { template: provider === "sqlite" ? sqliteTemplate() : postgresqlTemplate(), users: 0 };
    templates.set(provider, entry);
  }
  entry.users++;
  const template = await entry.template;
  project.provide("provider", provider);
  project.provide("databaseSource", template.source);
  project.provide("databasePrefix", template.prefix);
  return async () => {
    if (--entry.users > 0) return;
    templates.delete(provider);
    await template.dispose();
  };
}
