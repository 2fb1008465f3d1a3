import type { DbClient } from "../db/create-client";
import { transactionOn } from "../db/transaction-on";
import { newTicketCode } from "./new-ticket-code";

/**
 * Gives registrations written without a ticket code (before codes existed, or by a script that left
 * it out) theirs: run at start-up after the migrations, a few hundred at a time. Every path that
 * writes a registration gives it its code, and rendering an email never writes, so the code must be
 * there before an email shows it. A code drawn twice breaks the unique index: transactionOn runs the
 * batch again, with new draws.
 */
export async function backfillTicketCodes(db: DbClient): Promise<number> {
  let done = 0;
  for (;;) {
    const given = await transactionOn(db, async (tx) => {
      const batch = await tx.registration.findMany({ where: { ticketCode: null }, select: { id: true }, take: 500 });
      for (const { id } of batch) await tx.registration.updateMany({ where: { id, ticketCode: null }, data: { ticketCode: newTicketCode() } });
      return batch.length;
    });
    if (given === 0) return done;
    done += given;
  }
}
