/**
 * The journeys run on several Playwright workers side by side (scripts/e2e.ts), each against its
 * own production server, SQLite database and SMTP mailbox: its slot. scripts/e2e.ts describes the
 * slots in E2E_SLOTS (a JSON array of E2E_PORT, E2E_DATABASE_URL, E2E_SMTP_URL and E2E_MAIL_DIR);
 * a worker takes the slot of its parallel index (TEST_PARALLEL_INDEX, kept by the worker that
 * replaces a failed one), so that every spec and helper reading those variables sees its own
 * server's. Without E2E_SLOTS (playwright run by hand) there is one slot: the variables as given.
 *
 * Imported before anything reads the variables (local-database.ts, mailbox.ts import it first).
 */
export interface E2eSlot {
  E2E_PORT: string;
  E2E_DATABASE_URL: string;
  E2E_SMTP_URL: string;
  E2E_MAIL_DIR: string;
}

/** Every slot of the run, in parallel-index order. */
export function e2eSlots(): E2eSlot[] {
  if (process.env.E2E_SLOTS) return JSON.parse(process.env.E2E_SLOTS) as E2eSlot[];
  return [
    {
      E2E_PORT: process.env.E2E_PORT ?? "3100",
      E2E_DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db",
      E2E_SMTP_URL: process.env.E2E_SMTP_URL ?? "",
      E2E_MAIL_DIR: process.env.E2E_MAIL_DIR ?? "",
    },
  ];
}

const parallelIndex = process.env.TEST_PARALLEL_INDEX;
if (parallelIndex !== undefined && process.env.E2E_SLOTS) {
  const slot = e2eSlots()[Number(parallelIndex)];
  if (!slot) throw new Error(`No e2e slot for worker ${parallelIndex}: E2E_SLOTS has ${e2eSlots().length}.`);
  Object.assign(process.env, slot);
}
