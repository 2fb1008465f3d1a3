import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { enqueueEmail } from "../outbox/outbox";
import { registrationOfEvent } from "./internal/registration-of-event";
import { seatFor } from "./internal/seat-for";

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
    const registration = await registrationOfEvent(tx, eventId, registrationId);
    if (registration.status !== "WAITLISTED" && registration.status !== "OFFERED") throw new AppError("WRONG_STATUS");
    // An offered person already holds a seat; a waiting one takes a free seat, or an extra one.
    const { overCapacity } = registration.status === "WAITLISTED" ? await seatFor(tx, actor, registration, overCapacityReason) : { overCapacity: false };
    await tx.waitlistEntry.deleteMany({ where: { registrationId: registration.id } });
    await tx.registration.update({ where: { id: registration.id }, data: { status: "CONFIRMED", confirmedAt: now } });
    await enqueueEmail(tx, { kind: "PLACE_CONFIRMED", attendeeId: registration.attendeeId, registrationId: registration.id, createdAt: now });
    await recordAudit(tx, actor, {
      action: "registration.confirmed",
      entityType: "Registration",
      entityId: registration.id,
      eventId,
      before: { status: registration.status },
      after: { status: "CONFIRMED", ...(overCapacity ? { overCapacity: true, reason: overCapacityReason } : {}) },
    });
    return { overCapacity };
  });
}
