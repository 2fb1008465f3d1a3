import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseTarget } from "../../prisma/database-target";
import { db } from "../../lib/db/client";
import { prismaCli } from "../support/prisma-cli";
import { dropDatabase } from "../support/postgres-cluster";

// Each test file works on its own copy of the migrated template (tests/setup/database.ts).
const target = databaseTarget(process.env.DATABASE_URL);
const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-migrations-"));

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
});

interface MigrationRow {
  migration_name: string;
  finished: boolean;
  rolled_back: boolean;
}

async function migrationRows(): Promise<MigrationRow[]> {
  const rows = await db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown; rolled_back_at: unknown }[]>(
    `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  return rows.map((row) => ({
    migration_name: row.migration_name,
    finished: row.finished_at !== null,
    rolled_back: row.rolled_back_at !== null,
  }));
}

/** A Prisma config of its own, for a copy of the migrations with one broken migration added. */
function brokenMigrationsConfig(): string {
  const migrations = path.join(scratch, "migrations");
  cpSync(path.resolve(target.migrationsPath), migrations, { recursive: true });
  mkdirSync(path.join(migrations, "99990101000000_broken"));
  writeFileSync(
    path.join(migrations, "99990101000000_broken", "migration.sql"),
    'CREATE TABLE "Scratch" ("id" INTEGER);\nINSERT INTO "TableThatDoesNotExist" VALUES (1);\n',
  );
  const config = path.join(scratch, "prisma.config.ts");
  writeFileSync(
    config,
    `export default ${JSON.stringify({ schema: path.resolve(target.schemaPath), migrations: { path: migrations }, datasource: { url: target.url } })};\n`,
  );
  return config;
}

/** A database URL on the same server (or folder) whose database does not exist yet. */
function missingDatabaseUrl(): string {
  if (target.provider === "sqlite") return `file:${path.join(scratch, "not", "yet", "there.db")}`;
  const url = new URL(target.url);
  url.pathname = `/missing_${Date.now()}`;
  return url.toString();
}

describe(`Prisma migrations through the project's schema engine (${target.provider})`, () => {
  it("creates a missing database, then migrates it", async () => {
    const url = missingDatabaseUrl();
    const deploy = prismaCli(["migrate", "deploy"], url);
    expect(deploy.status, deploy.output).toBe(0);
    expect(deploy.output).toContain("All migrations have been successfully applied");
    const status = prismaCli(["migrate", "status"], url);
    expect(status.output).toContain("Database schema is up to date");
    if (target.provider === "postgresql") {
      const server = new URL(url);
      const name = server.pathname.slice(1);
      server.pathname = "/postgres";
      await dropDatabase(server.toString(), name);
    }
  });

  it("reports the database up to date and applies nothing twice", async () => {
    const before = await migrationRows();
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((row) => row.finished)).toBe(true);

    const deploy = prismaCli(["migrate", "deploy"], target.url);
    expect(deploy.status, deploy.output).toBe(0);
    expect(deploy.output).toContain("No pending migrations to apply");

    const status = prismaCli(["migrate", "status"], target.url);
    expect(status.status, status.output).toBe(0);
    expect(status.output).toContain("Database schema is up to date");
    expect(await migrationRows()).toEqual(before);
  });

  it("finds no difference between the migrated database and the schema", () => {
    const diff = prismaCli(["migrate", "diff", "--from-config-datasource", "--to-schema", target.schemaPath, "--exit-code"], target.url);
    expect(diff.status, diff.output).toBe(0);
  });

  it("reports a failing migration clearly and records it as failed, the others intact", async () => {
    const before = await migrationRows();
    const config = brokenMigrationsConfig();

    const deploy = prismaCli(["migrate", "deploy", "--config", config], target.url);
    expect(deploy.status).not.toBe(0);
    expect(deploy.output).toMatch(/P3018/);
    expect(deploy.output).toContain("99990101000000_broken");
    expect(deploy.output).toMatch(/TableThatDoesNotExist/);

    const after = await migrationRows();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toEqual({ migration_name: "99990101000000_broken", finished: false, rolled_back: false });

    const again = prismaCli(["migrate", "deploy", "--config", config], target.url);
    expect(again.status).not.toBe(0);
    expect(again.output).toMatch(/P3009/);
  });
});
