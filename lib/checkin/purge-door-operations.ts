import "server-only";
import { db } from "../db/client";

/** Long enough for any phone to send what it queued offline; a day's door lasts one day. */
export const DOOR_OPERATIONS_KEPT_DAYS = 30;

/**
 * Forgets the door's applied taps older than DOOR_OPERATIONS_KEPT_DAYS: they only stop a phone's
 * batch sent twice from counting twice, which happens within minutes or hours. (Check-ins and the
 * journal keep what the taps did.)
 */
export async function purgeDoorOperations(now = new Date()): Promise<number> {
  const { count } = await db.checkInOperation.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - DOOR_OPERATIONS_KEPT_DAYS * 24 * 3600_000) } } });
  return count;
}
