import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/rencontres.db";

export interface DatabaseTarget {
  provider: DatabaseProvider;
  /** For SQLite, an absolute `file:` URL, so every tool opens the same file whatever its cwd. */
  url: string;
  /** Relative to the project root, as prisma.config.ts wants them. */
  schemaPath: string;
  migrationsPath: string;
}

/** Which provider, schema and migrations a database URL needs: `file:` → SQLite, `postgres(ql)://` → PostgreSQL. */
export function databaseTarget(rawUrl: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const url = rawUrl && rawUrl.trim() !== "" ? rawUrl.trim() : DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).split("?")[0];
    return {
      provider: "sqlite",
      url: `file:${path.resolve(cwd, file)}`,
      schemaPath: "prisma/schema.prisma",
      migrationsPath: "prisma/migrations",
    };
  }
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
    return {
      provider: "postgresql",
      url,
      schemaPath: "prisma/postgresql/schema.prisma",
      migrationsPath: "prisma/postgresql/migrations",
    };
  }
  throw new Error(
    "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL).",
  );
}
