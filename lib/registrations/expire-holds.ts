import "server-only";
import { db } from "../db/client";
import { inTransaction } from "../db/transaction";
import { toCancelled } from "./internal/status-changes";
import { systemActor } from "../audit/actor";
import type { SeatHandedOut } from "./internal/waitlist";

/**
 * Seats held for an address that was not confirmed in time go back to the waiting list: the
 * registration is cancelled (EMAIL_NOT_CONFIRMED) and the seat handed to the next person waiting.
 * Each in its own transaction, claimed by a conditional update, so instances may run it at once.
 */
export async function expireHolds({ now = new Date() }: { now?: Date } = {}): Promise<{ expired: string[]; handedOut: SeatHandedOut[] }> {
  const due = await db.registration.findMany({
    where: { status: "CONFIRMED", holdExpiresAt: { lte: now } },
    orderBy: { holdExpiresAt: "asc" },
    select: { id: true },
  });
  const result = { expired: [] as string[], handedOut: [] as SeatHandedOut[] };
  for (const { id } of due) {
    const handedOut = await inTransaction(async (tx) => {
      const { count } = await tx.registration.updateMany({ where: { id, status: "CONFIRMED", holdExpiresAt: { lte: now } }, data: { holdExpiresAt: null } });
      return count === 1 ? toCancelled(tx, systemActor("expire-holds"), id, "EMAIL_NOT_CONFIRMED", now) : null;
    });
    if (handedOut) {
      result.expired.push(id);
      result.handedOut.push(...handedOut);
    }
  }
  return result;
}
