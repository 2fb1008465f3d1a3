import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { postgresqlAvailability } from "./tests/support/availability";

const DB_TESTS = ["**/*.db.test.ts"];
/** Tests of SQLite's own behaviour, run on the SQLite project only. */
const SQLITE_TESTS = ["**/*.sqlite.test.ts"];
const ALL_TESTS = ["**/*.test.ts"];
const IGNORED = ["node_modules/**", ".next/**", "e2e/**", "lib/generated/**"];

/**
 * Files that change what a shared worker keeps for the next file, so each runs in a worker of its
 * own (Vitest's default isolation): process.env read once by lib/env.ts, vi.mock of lib modules,
 * the migrations table, the SQLite file's journal mode or its connection's page limit.
 */
const ISOLATED_TESTS = [
  "lib/checkin/limit-unknown-codes.db.test.ts", // RATE_LIMITS=on
  "lib/jobs/background-jobs.db.test.ts", // SMTP_URL, JOBS_INTERVAL_SECONDS, the jobs' timers
  "lib/registrations/manage-links.db.test.ts", // vi.mock
  "tests/integration/rate-limits.db.test.ts", // RATE_LIMITS=on and its limits
  "tests/integration/migrations.db.test.ts", // records a failed migration in _prisma_migrations
  "tests/integration/database-full.sqlite.test.ts", // PRAGMA max_page_count on the app's connection
  "lib/db/sqlite-immediate.sqlite.test.ts", // turns the database file to WAL mode
];

/**
 * A provider's files run in two projects: `<provider>` where the files of one worker share their
 * modules (isolate: false: the lib graph, the Prisma client and its WASM are loaded once per worker,
 * and tests/setup/database.ts empties the worker's database before each file), and
 * `<provider>-isolated` for the files above. `--project '<provider>*'` selects both.
 */
const databaseProject = (provider: "sqlite" | "postgresql", isolated: boolean) => ({
  extends: true as const,
  test: {
    name: isolated ? `${provider}-isolated` : provider,
    include: isolated ? ISOLATED_TESTS.filter((file) => provider === "sqlite" || !file.endsWith(".sqlite.test.ts")) : provider === "sqlite" ? [...DB_TESTS, ...SQLITE_TESTS] : DB_TESTS,
    exclude: isolated ? IGNORED : [...IGNORED, ...ISOLATED_TESTS],
    isolate: isolated,
    // Each provider its own folder of documents: the two run side by side.
    env: { DOCUMENTS_DIR: path.join(os.tmpdir(), `rencontres-test-documents-${provider}`) },
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
        // The files of a worker share their modules (none changes process.env for lib/env.ts or mocks a module).
        test: { name: "unit", include: ALL_TESTS, exclude: [...IGNORED, ...DB_TESTS, ...SQLITE_TESTS], isolate: false, setupFiles: ["tests/setup/fail-on-console-error.ts"] },
      },
      databaseProject("sqlite", false),
      databaseProject("sqlite", true),
      ...(postgresql.available ? [databaseProject("postgresql", false), databaseProject("postgresql", true)] : []),
    ],
  },
});
