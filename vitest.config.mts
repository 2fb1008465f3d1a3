import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { postgresqlAvailability } from "./tests/support/availability";

const DB_TESTS = ["**/*.db.test.ts"];
/** Tests of SQLite's own behaviour, run on the SQLite project only. */
const SQLITE_TESTS = ["**/*.sqlite.test.ts"];
const ALL_TESTS = ["**/*.test.ts"];
const IGNORED = ["node_modules/**", ".next/**", "e2e/**", "lib/generated/**"];

const databaseProject = (name: "sqlite" | "postgresql") => ({
  extends: true as const,
  test: {
    name,
    include: name === "sqlite" ? [...DB_TESTS, ...SQLITE_TESTS] : DB_TESTS,
    exclude: IGNORED,
    // Each project its own folder of documents: the two run side by side.
    env: { DOCUMENTS_DIR: path.join(os.tmpdir(), `rencontres-test-documents-${name}`) },
    globalSetup: ["tests/setup/global-database.ts"],
    setupFiles: ["tests/setup/database.ts", "tests/setup/fail-on-console-error.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

const postgresql = postgresqlAvailability();

export default defineConfig({
  resolve: {
    alias: { "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"), "@": import.meta.dirname },
  },
  test: {
    // Vitest's default is one worker less than the cores: a single worker on a 2-core CI machine,
    // where the database files mostly wait (PostgreSQL, SQLite's fsync, child processes). One per
    // core keeps both busy; `--maxWorkers` still overrides it.
    maxWorkers: Math.max(2, os.availableParallelism()),
    // Fixed so that manage links and ticket codes are reproducible; never used outside tests.
    // Rate limits are off but in the tests of the limits themselves (lib/limits).
    // The days' documents go to a scratch folder of the machine, never the project's data/.
    env: {
      AUTH_SECRET: "test-secret-for-vitest-only-0000000000000",
      ADMIN_EMAILS: "premiere-admin@rencontres.example.fr",
      RATE_LIMITS: "off",
      DOCUMENTS_DIR: path.join(os.tmpdir(), "rencontres-test-documents"),
    },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ALL_TESTS, exclude: [...IGNORED, ...DB_TESTS, ...SQLITE_TESTS], setupFiles: ["tests/setup/fail-on-console-error.ts"] },
      },
      databaseProject("sqlite"),
      ...(postgresql.available ? [databaseProject("postgresql")] : []),
    ],
  },
});
