import "server-only";
import type { UserActor } from "../audit/actor";
import { inTransaction } from "../db/transaction";
import { seatAhead } from "./internal/seat-ahead";
import { toConfirmed } from "./internal/status-changes";

/**
 * Confirms a waiting (or offered) person at once, ahead of the queue: on a free place, or, for an
 * admin who gives a reason, on an extra place beyond the capacity (logged with the reason).
 */
export async function confirmRegistration({
  actor,
  eventId,
  registrationId,
  overCapacityReason,
  now = new Date(),
}: {
  actor: UserActor;
  eventId: string;
  registrationId: string;
  /** Given by an admin to confirm although the day is full. */
  overCapacityReason?: string | null;
  now?: Date;
}) {
  return inTransaction(async (tx) => {
    const { registration, overCapacity, detail } = await seatAhead(tx, actor, { eventId, registrationId, overCapacityReason }, ["WAITLISTED", "OFFERED"]);
    await toConfirmed(tx, registration, { actor, action: "registration.confirmed", now, detail });
    return { overCapacity };
  });
}
