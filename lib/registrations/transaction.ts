import "server-only";
import type { Prisma } from "../generated/sqlite/client";
import { db } from "../db";
import { RegistrationError } from "./errors";
import { requestDelivery } from "../mail/delivery-trigger";

export type Tx = Prisma.TransactionClient;

const MAX_ATTEMPTS = 4;

const errorCode = (error: unknown) =>
  typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;

/** A unique constraint hit by a concurrent transaction: running the work again sees its result. */
const isUniqueViolation = (error: unknown) => errorCode(error) === "P2002";

/** PostgreSQL's lock_timeout, SQLite's busy timeout (P1008), or a transaction that could not start in time. */
const isBusy = (error: unknown) =>
  ["P2028", "P1008"].includes(String(errorCode(error))) || /lock timeout|canceling statement due to lock timeout/i.test(String(error));

/**
 * Runs capacity-changing work in one transaction. Locks are waited for a bounded time (PostgreSQL's
 * lock_timeout, set on every connection by lib/db-client.ts) and a timeout becomes
 * RegistrationError('BUSY'); unique-constraint races are retried, so the work's own checks
 * produce the right domain error the second time.
 */
export async function inTransaction<T>(
  work: (tx: Tx, attempt: number) => Promise<T>,
  { maxAttempts = MAX_ATTEMPTS } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db.$transaction(
        (tx) => work(tx, attempt),
        { maxWait: 20_000, timeout: 30_000 },
      );
      // The change may have written emails: the sender need not wait for its next tick.
      requestDelivery();
      return result;
    } catch (error) {
      if (isUniqueViolation(error) && attempt < maxAttempts) continue;
      if (isBusy(error)) throw new RegistrationError("BUSY");
      throw error;
    }
  }
}
