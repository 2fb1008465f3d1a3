import "server-only";
import { systemActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";

/** Long enough for any phone to send what it queued offline; a day's door lasts one day. */
export const DOOR_OPERATIONS_KEPT_DAYS = 30;

/**
 * Forgets the door's applied taps older than DOOR_OPERATIONS_KEPT_DAYS: they only stop a phone's
 * batch sent twice from counting twice, which happens within minutes or hours. (Check-ins and the
 * journal keep what the taps did.)
 */
export async function purgeDoorOperations(now = new Date()): Promise<number> {
  return inTransaction(async (tx) => {
    const { count } = await tx.checkInOperation.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - DOOR_OPERATIONS_KEPT_DAYS * 24 * 3600_000) } } });
    if (count > 0) {
      await recordAudit(tx, systemActor("purge-door-operations"), { action: "door.operations.purged", entityType: "CheckInOperation", entityId: "*", after: { count } });
    }
    return count;
  });
}
