#!/usr/bin/env node
// Derives the PostgreSQL schema from the SQLite one, then generates the Prisma client of each provider.
import { deriveSchemaFile } from "../prisma/derive-postgresql-schema.mjs";
import { runPrisma } from "./prisma.mjs";

deriveSchemaFile();
for (const schema of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
  const { status } = runPrisma(["generate", "--schema", schema]);
  if (status !== 0) process.exit(status ?? 1);
}
