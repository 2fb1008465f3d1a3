import "server-only";
import type { UserActor } from "../audit/actor";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { registrationOfEvent } from "./internal/registration-of-event";
import { toCancelled } from "./internal/status-changes";

/** An organiser cancels a registration: its place goes to the waiting list, the person is told by email. */
export async function cancelByOrganiser({ actor, eventId, registrationId, now = new Date() }: { actor: UserActor; eventId: string; registrationId: string; now?: Date }) {
  return inTransaction(async (tx) => {
    const registration = await registrationOfEvent(tx, eventId, registrationId);
    const handedOut = await toCancelled(tx, actor, registration.id, "ORGANISER", now);
    if (!handedOut) throw new AppError("WRONG_STATUS", "déjà annulée");
    return { handedOut };
  });
}
