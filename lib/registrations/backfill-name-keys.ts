import type { DbClient } from "../db/create-client";
import { transactionOn } from "../db/transaction-on";
import { nameKey } from "./name-key";

/**
 * Gives attendees written before name keys existed (or by a script that left them out) their key:
 * run after the migrations, a few hundred at a time.
 */
export async function backfillNameKeys(db: DbClient): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await db.attendee.findMany({ where: { nameKey: "" }, select: { id: true, lastName: true, firstName: true }, take: 500 });
    if (batch.length === 0) return done;
    await transactionOn(db, async (tx) => {
      for (const { id, lastName, firstName } of batch) await tx.attendee.update({ where: { id }, data: { nameKey: nameKey(lastName, firstName) } });
    });
    done += batch.length;
  }
}
