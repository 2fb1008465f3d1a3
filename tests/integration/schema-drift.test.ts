import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRESQL_SCHEMA, SQLITE_SCHEMA, derivePostgresqlSchema } from "../../prisma/derive-postgresql-schema.mjs";

const migrationNames = (dir: string) => readdirSync(dir).filter((name) => /^\d{14}_/.test(name)).sort();

describe("one source of truth for the models", () => {
  it("keeps the PostgreSQL schema derived from the SQLite one (run `npm run db:generate` after a change)", () => {
    expect(readFileSync(POSTGRESQL_SCHEMA, "utf8")).toBe(derivePostgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("keeps the same migration history for both providers (create them with `npm run db:migration`)", () => {
    const sqlite = migrationNames("prisma/migrations");
    expect(sqlite.length).toBeGreaterThan(0);
    expect(migrationNames("prisma/postgresql/migrations")).toEqual(sqlite);
  });

  it("derives nothing but the provider and the client's output folder", () => {
    const derived = derivePostgresqlSchema('generator client {\n  provider     = "prisma-client"\n  output       = "../lib/generated/sqlite"\n}\ndatasource db {\n  provider = "sqlite"\n}\nmodel A { id Int @id }\n');
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output       = "../../lib/generated/postgresql"');
    expect(derived).toContain("model A { id Int @id }");
    expect(() => derivePostgresqlSchema("datasource db {}")).toThrow(/no longer contains/);
  });
});
