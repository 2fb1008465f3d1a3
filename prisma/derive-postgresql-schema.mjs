// prisma/schema.prisma is the one source of truth; the PostgreSQL schema is this function of it.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const prismaDir = path.dirname(fileURLToPath(import.meta.url));
export const SQLITE_SCHEMA = path.join(prismaDir, "schema.prisma");
export const POSTGRESQL_SCHEMA = path.join(prismaDir, "postgresql", "schema.prisma");

const HEADER =
  "// GENERATED from prisma/schema.prisma by prisma/derive-postgresql-schema.mjs: do not edit.\n" +
  "// Change prisma/schema.prisma, then run `npm run db:generate`.\n\n";

/** @param {string} sqliteSchema */
export function derivePostgresqlSchema(sqliteSchema) {
  const replaceOnce = (text, from, to) => {
    if (!text.includes(from)) throw new Error(`prisma/schema.prisma no longer contains ${from}`);
    return text.replace(from, to);
  };
  let schema = replaceOnce(sqliteSchema, 'provider = "sqlite"', 'provider = "postgresql"');
  schema = replaceOnce(schema, 'output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/postgresql"');
  return HEADER + schema.replace(/^\/\/ Source of truth[^\n]*\n(\/\/[^\n]*\n)*\n?/, "");
}

export function deriveSchemaFile() {
  mkdirSync(path.dirname(POSTGRESQL_SCHEMA), { recursive: true });
  writeFileSync(POSTGRESQL_SCHEMA, derivePostgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
}
