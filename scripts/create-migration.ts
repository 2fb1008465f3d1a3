// Creates the migration that brings both databases from their migrations to prisma/schema.prisma:
//   npm run db:migration -- <name>
// SQLite diffs against an in-memory shadow database; PostgreSQL against a throwaway cluster (or
// MIGRATION_DATABASE_URL). Both folders get the same migration name, so the histories stay aligned.
import { mkdirSync, writeFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { deriveSchemaFile } from "../prisma/derive-postgresql-schema.mjs";
import { runPrisma } from "./prisma.mjs";
import { startPostgresCluster } from "../tests/support/postgres-cluster";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name in snake_case>");
  process.exit(2);
}

function diffScript(provider: "sqlite" | "postgresql", databaseUrl: string): string {
  const folder = provider === "sqlite" ? "prisma" : "prisma/postgresql";
  const result = runPrisma(
    ["migrate", "diff", "--from-migrations", `${folder}/migrations`, "--to-schema", `${folder}/schema.prisma`, "--script"],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" },
  );
  if (result.status !== 0) throw new Error(`prisma migrate diff failed for ${provider}:\n${result.stderr}`);
  return result.stdout;
}

async function main() {
deriveSchemaFile();
const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-migration-"));
const cluster = process.env.MIGRATION_DATABASE_URL ? null : await startPostgresCluster();
try {
  const scripts = {
    sqlite: diffScript("sqlite", `file:${path.join(scratch, "shadow.db")}`),
    postgresql: diffScript("postgresql", process.env.MIGRATION_DATABASE_URL ?? cluster!.url),
  };
  if (Object.values(scripts).every((sql) => sql.trim() === "" || sql.includes("This is an empty migration"))) {
    console.log("The schema matches the migrations: nothing to create.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    for (const [provider, sql] of Object.entries(scripts)) {
      const dir = path.join(provider === "sqlite" ? "prisma/migrations" : "prisma/postgresql/migrations", `${stamp}_${name}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "migration.sql"), sql);
      console.log(`Created ${dir}/migration.sql`);
    }
  }
} finally {
  await cluster?.stop();
  rmSync(scratch, { recursive: true, force: true });
}
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
