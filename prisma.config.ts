import { defineConfig } from "prisma/config";
import { databaseTarget } from "./prisma/database-target";

// The CLI works on the schema and migrations of the provider that DATABASE_URL names.
const target = databaseTarget(process.env.DATABASE_URL);

export default defineConfig({
  schema: target.schemaPath,
  migrations: { path: target.migrationsPath },
  datasource: { url: target.url },
});
