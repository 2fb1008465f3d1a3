import "server-only";
import { db } from "../db/client";
import { toCancelled } from "./internal/status-changes";
import { systemActor } from "../audit/actor";
import { inTransaction } from "../db/transaction";
import type { SeatHandedOut } from "./internal/waitlist";

export interface ExpireOffersResult {
  expired: string[];
  handedOut: SeatHandedOut[];
}

/**
 * Cancels the offers whose deadline has passed and passes each seat to the next person waiting.
 * Each offer expires in its own transaction, re-checked inside it, so several app instances may
 * run this at once.
 */
export async function expireOffers({ now = new Date() }: { now?: Date } = {}): Promise<ExpireOffersResult> {
  const due = await db.waitlistEntry.findMany({
    where: { offerExpiresAt: { lte: now } },
    orderBy: { offerExpiresAt: "asc" },
    select: { registrationId: true },
  });
  const result: ExpireOffersResult = { expired: [], handedOut: [] };
  for (const { registrationId } of due) {
    const handedOut = await inTransaction(async (tx) => {
      // Deleting the expired entry claims it: a concurrent run or a last-second answer finds none.
      const { count } = await tx.waitlistEntry.deleteMany({ where: { registrationId, offerExpiresAt: { lte: now } } });
      return count === 1 ? toCancelled(tx, systemActor("expire-offers"), registrationId, "OFFER_EXPIRED", now) : null;
    });
    if (handedOut) {
      result.expired.push(registrationId);
      result.handedOut.push(...handedOut);
    }
  }
  return result;
}
