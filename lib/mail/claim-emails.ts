import "server-only";
import { db, dbProvider } from "../db";

/** How long a sender holds the emails it claimed before another may take them over. */
export const LEASE_MS = 2 * 60_000;

/**
 * Takes up to `limit` due emails for this sender in one atomic statement: each gets a lease and
 * one more attempt. On PostgreSQL, rows another sender is claiming are skipped (FOR UPDATE SKIP
 * LOCKED), so two app instances never take the same email; on SQLite the single UPDATE holds the
 * write lock, which serialises senders, even in separate processes.
 */
export async function claimDueEmails(now: Date, limit: number): Promise<string[]> {
  const leaseEnd = new Date(now.getTime() + LEASE_MS);
  if (dbProvider === "postgresql") {
    // timestamp(3) columns hold UTC without a zone: compare with UTC values, whatever the session's zone.
    const at = (date: Date) => date.toISOString().replace("Z", "");
    const rows = await db.$queryRaw<{ id: string }[]>`
      UPDATE "OutboxEmail" SET "leaseExpiresAt" = ${at(leaseEnd)}::timestamp(3), "attempts" = "attempts" + 1
      WHERE "id" IN (
        SELECT "id" FROM "OutboxEmail"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${at(now)}::timestamp(3)
          AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" <= ${at(now)}::timestamp(3))
        ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING "id"`;
    return rows.map((row) => row.id);
  }
  // Prisma stores SQLite DateTimes as ISO 8601 text with a +00:00 offset, which sorts as time does.
  const at = (date: Date) => date.toISOString().replace("Z", "+00:00");
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "OutboxEmail" SET "leaseExpiresAt" = ${at(leaseEnd)}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEmail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${at(now)}
        AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" <= ${at(now)})
      ORDER BY "createdAt" LIMIT ${limit})
    RETURNING "id"`;
  return rows.map((row) => row.id);
}
