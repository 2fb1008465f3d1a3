import "server-only";
import { inTransaction } from "../db/transaction";
import { seatAhead, type AheadOfQueue } from "./internal/seat-ahead";
import { toOffered } from "./internal/status-changes";

/**
 * Offers a place to a waiting person, ahead of the queue (a free one, or above the capacity for an
 * admin who gives a reason): they have the event's offer time to accept it.
 */
export async function offerPlace({ actor, eventId, registrationId, overCapacityReason, now = new Date() }: AheadOfQueue) {
  return inTransaction(async (tx) => {
    const { registration, detail } = await seatAhead(tx, actor, { eventId, registrationId, overCapacityReason }, ["WAITLISTED"]);
    await toOffered(tx, registration, registration.event, { actor, action: "registration.offered", now, detail });
  });
}
