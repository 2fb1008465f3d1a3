import "server-only";
import { db, dialect } from "../db/client";

/** How long a sender holds the emails it claimed before another may take them over. */
export const LEASE_MS = 2 * 60_000;

/**
 * Takes up to `limit` due emails for this sender in one atomic statement: each gets a lease and
 * one more attempt. On PostgreSQL, rows another sender is claiming are skipped (FOR UPDATE SKIP
 * LOCKED), so two app instances never take the same email; on SQLite the single UPDATE holds the
 * write lock, which serialises senders, even in separate processes.
 */
export async function claimDueEmails(now: Date, limit: number): Promise<string[]> {
  const at = dialect.timestamp(now);
  const leaseEnd = dialect.timestamp(new Date(now.getTime() + LEASE_MS));
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "OutboxEmail" SET "leaseExpiresAt" = ${leaseEnd}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEmail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${at}
        AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" <= ${at})
      ORDER BY "createdAt" LIMIT ${limit} ${dialect.skipLocked})
    RETURNING "id"`;
  return rows.map((row) => row.id);
}
