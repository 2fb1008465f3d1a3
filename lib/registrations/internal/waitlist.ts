import "server-only";
import { dialect } from "../../db/client";
import type { WaitlistMode } from "../../db/models";
import type { Tx } from "../../db/transaction";

export interface WaitlistEvent {
  id: string;
  capacity: number;
  waitlistMode: WaitlistMode;
  offerHours: number;
}

export interface SeatHandedOut {
  registrationId: string;
  status: "OFFERED" | "CONFIRMED";
}

/**
 * Holds the event's row until the transaction ends. Whoever frees a seat and then looks for someone
 * waiting, and whoever finds no seat and then joins the waiting list, take it first: of two such
 * transactions at once, the second sees what the first committed, so a seat freed while someone
 * joins the queue goes to them instead of staying free.
 */
export async function lockWaitingList(tx: Tx, eventId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Event" WHERE "id" = ${eventId} ${dialect.forUpdate}`;
}

/** The first person still waiting (not already offered a place), locked against a concurrent hand-out. */
export async function firstWaiting(tx: Tx, eventId: string) {
  const rows = await tx.$queryRaw<{ position: number; registrationId: string }[]>`SELECT "position", "registrationId" FROM "WaitlistEntry" WHERE "eventId" = ${eventId} AND "offerExpiresAt" IS NULL ORDER BY "position" LIMIT 1 ${dialect.skipLocked}`;
  return rows[0];
}

/** A waiting person's rank in the queue, 1 for the next one to be offered a place. */
export function waitlistRank(tx: Tx, eventId: string, position: number): Promise<number> {
  return tx.waitlistEntry.count({ where: { eventId, offerExpiresAt: null, position: { lte: position } } });
}
