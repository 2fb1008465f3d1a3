import "server-only";
import type { Tx } from "../db/transaction";

/**
 * Keeps French sentences about a change of an event (date, times, place, speakers) until an admin
 * announces them to the confirmed attendees, or decides they need no announcement.
 */
export async function recordProgrammeChanges(tx: Tx, eventId: string, texts: string[]): Promise<void> {
  if (texts.length === 0) return;
  await tx.programmeChange.createMany({ data: texts.map((text) => ({ eventId, text })) });
}
