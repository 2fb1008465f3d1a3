import "server-only";
import type { UserActor } from "../../audit/actor";
import type { RegistrationStatus } from "../../db/models";
import type { Tx } from "../../db/transaction";
import { AppError } from "../../errors";
import { registrationOfEvent } from "./registration-of-event";
import { seatFor } from "./seat-for";

/** What an organiser asks when they take someone ahead of the queue (confirm, offer a place). */
export interface AheadOfQueue {
  actor: UserActor;
  eventId: string;
  registrationId: string;
  /** Given by an admin to place them although the day is full. */
  overCapacityReason?: string | null;
  now?: Date;
}

/**
 * An organiser takes a registration of the event ahead of the queue: it must be in one of the
 * `from` statuses; a waiting one gets a seat now (seatFor), an offered one already holds its own.
 * Returns the registration and what the journal adds about the seat.
 */
export async function seatAhead(
  tx: Tx,
  actor: UserActor,
  { eventId, registrationId, overCapacityReason }: Pick<AheadOfQueue, "eventId" | "registrationId" | "overCapacityReason">,
  from: RegistrationStatus[],
) {
  const registration = await registrationOfEvent(tx, eventId, registrationId);
  if (!from.includes(registration.status) || !registration.waitlistEntry) throw new AppError("WRONG_STATUS");
  const { overCapacity } = registration.status === "WAITLISTED" ? await seatFor(tx, actor, registration, overCapacityReason) : { overCapacity: false };
  return { registration, overCapacity, detail: overCapacity ? { overCapacity: true, reason: overCapacityReason ?? undefined } : {} };
}
