import type { Prisma } from "../generated/sqlite/client";
import { AppError } from "../errors";
import { runAfterCommitHooks } from "./after-commit";
import { isUniqueViolation } from "./unique-violation";
import type { DbClient } from "./create-client";

/** The client inside a transaction: what every operation that writes receives. */
export type Tx = Prisma.TransactionClient;

const MAX_ATTEMPTS = 4;

const errorCode = (error: unknown) =>
  typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;

/** Two transactions that each waited for the other (PostgreSQL ends one): run it again. */
const isDeadlock = (error: unknown) => errorCode(error) === "P2034" || /deadlock detected|40P01/.test(String(error));

/**
 * Thrown by work that found the database changed under it in a way its statements could not see
 * (a count read as a statement started, changed before the write): the transaction runs again.
 */
export class TransactionConflict extends Error {
  constructor(what: string) {
    super(`Transaction conflict: ${what}`);
    this.name = "TransactionConflict";
  }
}

/** By name, as an error from another bundle's copy of this module would be. */
const isConflict = (error: unknown) => error instanceof Error && error.name === "TransactionConflict";

/** PostgreSQL's lock_timeout, SQLite's busy timeout (P1008), or a transaction that could not start in time. */
const isBusy = (error: unknown) =>
  ["P2028", "P1008"].includes(String(errorCode(error))) || /lock timeout|canceling statement due to lock timeout|database is locked/i.test(String(error));

export interface TransactionOptions {
  maxAttempts?: number;
  /** How long the work may run once started (Prisma's interactive transaction timeout). */
  timeoutMs?: number;
}

/**
 * Runs work in one transaction on the given client (scripts and start-up pass theirs; the app uses
 * inTransaction). Locks are waited for a bounded time (PostgreSQL's lock_timeout and SQLite's busy
 * timeout, set by create-client.ts) and a timeout becomes AppError('BUSY'), « réessayez »;
 * unique-constraint races, deadlocks and TransactionConflicts are retried, so the work's own checks
 * produce the right domain error the second time. Once committed, the hooks features registered
 * run (lib/db/after-commit.ts).
 */
export async function transactionOn<T>(
  client: DbClient,
  work: (tx: Tx, attempt: number) => Promise<T>,
  { maxAttempts = MAX_ATTEMPTS, timeoutMs = 30_000 }: TransactionOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await client.$transaction((tx) => work(tx, attempt), { maxWait: 20_000, timeout: timeoutMs });
      runAfterCommitHooks();
      return result;
    } catch (error) {
      if ((isUniqueViolation(error) || isDeadlock(error) || isConflict(error)) && attempt < maxAttempts) continue;
      if (isBusy(error) || isConflict(error)) throw new AppError("BUSY");
      throw error;
    }
  }
}
