import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { enqueueEmail } from "../outbox/outbox";
import { registrationOfEvent } from "./internal/registration-of-event";
import { seatFor } from "./internal/seat-for";

/**
 * Offers a place to a waiting person, ahead of the queue (a free one, or above the capacity for an
 * admin who gives a reason): they have the event's offer time to accept it.
 */
export async function offerPlace({
  actor,
  eventId,
  registrationId,
  overCapacityReason,
  now = new Date(),
}: {
  actor: UserActor;
  eventId: string;
  registrationId: string;
  overCapacityReason?: string | null;
  now?: Date;
}) {
  return inTransaction(async (tx) => {
    const registration = await registrationOfEvent(tx, eventId, registrationId);
    if (registration.status !== "WAITLISTED" || !registration.waitlistEntry) throw new AppError("WRONG_STATUS");
    const { overCapacity } = await seatFor(tx, actor, registration, overCapacityReason);
    const offerExpiresAt = new Date(now.getTime() + registration.event.offerHours * 3_600_000);
    await tx.waitlistEntry.update({ where: { registrationId: registration.id }, data: { offerExpiresAt } });
    await tx.registration.update({ where: { id: registration.id }, data: { status: "OFFERED" } });
    await enqueueEmail(tx, { kind: "PLACE_OFFERED", attendeeId: registration.attendeeId, registrationId: registration.id, createdAt: now });
    await recordAudit(tx, actor, {
      action: "registration.offered",
      entityType: "Registration",
      entityId: registration.id,
      eventId,
      before: { status: "WAITLISTED" },
      after: { status: "OFFERED", offerExpiresAt: offerExpiresAt.toISOString(), ...(overCapacity ? { overCapacity: true, reason: overCapacityReason } : {}) },
    });
  });
}
