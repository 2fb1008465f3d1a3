import "server-only";
import { inTransaction } from "../db/transaction";
import { seatAhead, type AheadOfQueue } from "./internal/seat-ahead";
import { toConfirmed } from "./internal/status-changes";

/**
 * Confirms a waiting (or offered) person at once, ahead of the queue: on a free place, or, for an
 * admin who gives a reason, on an extra place beyond the capacity (logged with the reason).
 */
export async function confirmRegistration({ actor, eventId, registrationId, overCapacityReason, now = new Date() }: AheadOfQueue) {
  return inTransaction(async (tx) => {
    const { registration, overCapacity, detail } = await seatAhead(tx, actor, { eventId, registrationId, overCapacityReason }, ["WAITLISTED", "OFFERED"]);
    await toConfirmed(tx, registration, { actor, action: "registration.confirmed", now, detail });
    return { overCapacity };
  });
}
