import "server-only";
import { db } from "./client";
import { TransactionConflict, transactionOn, type Tx, type TransactionOptions } from "./transaction-on";
import { isUniqueViolation } from "./unique-violation";

export { TransactionConflict, transactionOn, type Tx, type TransactionOptions };

/** Re-exported for the operations that turn a unique constraint into their own error (a slug taken...). */
export { isUniqueViolation };

/** Runs work in one transaction of the app's database (see transactionOn). */
export function inTransaction<T>(work: (tx: Tx, attempt: number) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  return transactionOn(db, work, options);
}
