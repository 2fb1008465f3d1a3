import "server-only";
import { systemActor, type AuditActor } from "../../audit/actor";
import type { AuditAction } from "../../audit/actions";
import { recordAudit } from "../../audit/record-audit";
import type { CancellationReason, Prisma, RegistrationStatus } from "../../db/models";
import type { Tx } from "../../db/transaction";
import { enqueueEmail } from "../../outbox/outbox";
import { claimFreeSeat, releaseSeat } from "./seats";
import { firstWaiting, lockWaitingList, type SeatHandedOut, type WaitlistEvent } from "./waitlist";

/**
 * Every change of a registration's status, in the caller's transaction: the one place that writes
 * each status, sends the email it calls for and records its audit entry with who caused it.
 */

const confirmed = (now: Date) => ({ status: "CONFIRMED" as const, confirmedAt: now });
const waitlisted = () => ({ status: "WAITLISTED" as const, confirmedAt: null });
const offered = () => ({ status: "OFFERED" as const });
const cancelled = (reason: CancellationReason, now: Date) => ({ status: "CANCELLED" as const, cancellationReason: reason, cancelledAt: now, activeDay: null });

/** The status of a registration written now: confirmed on a seat, on the waiting list without one. */
export function entryStatus(seated: boolean, now: Date) {
  return seated ? confirmed(now) : waitlisted();
}

/** Until when a place offered now may be accepted. */
export function offerDeadline(event: { offerHours: number }, now: Date): Date {
  return new Date(now.getTime() + event.offerHours * 3_600_000);
}

/** The journal's entry of one status change of a registration. */
function recordStatusChange(
  tx: Tx,
  actor: AuditActor,
  action: AuditAction,
  registration: { id: string; eventId: string },
  before: Prisma.InputJsonObject,
  after: Prisma.InputJsonObject,
): Promise<void> {
  return recordAudit(tx, actor, { action, entityType: "Registration", entityId: registration.id, eventId: registration.eventId, before, after });
}

interface Change {
  actor: AuditActor;
  action: AuditAction;
  now: Date;
  /** More of the audit entry's « after » (an over-capacity seat and its reason). */
  detail?: Record<string, Prisma.InputJsonValue | undefined>;
}

/** A waiting or offered registration becomes confirmed (its seat already assigned): out of the queue, emailed, logged. */
export async function toConfirmed(tx: Tx, registration: { id: string; eventId: string; status: RegistrationStatus }, { actor, action, now, detail }: Change): Promise<void> {
  await tx.waitlistEntry.deleteMany({ where: { registrationId: registration.id } });
  const data = confirmed(now);
  const { attendeeId } = await tx.registration.update({ where: { id: registration.id }, data });
  await enqueueEmail(tx, { kind: "PLACE_CONFIRMED", attendeeId, registrationId: registration.id, createdAt: now });
  await recordStatusChange(tx, actor, action, registration, { status: registration.status }, { status: data.status, ...detail });
}

/** A waiting registration (its seat already assigned) is offered the place until the event's offer deadline. */
export async function toOffered(tx: Tx, registration: { id: string; eventId: string }, event: { offerHours: number }, { actor, action, now, detail }: Change): Promise<Date> {
  const offerExpiresAt = offerDeadline(event, now);
  await tx.waitlistEntry.update({ where: { registrationId: registration.id }, data: { offerExpiresAt } });
  const data = offered();
  const { attendeeId } = await tx.registration.update({ where: { id: registration.id }, data });
  await enqueueEmail(tx, { kind: "PLACE_OFFERED", attendeeId, registrationId: registration.id, createdAt: now });
  await recordStatusChange(tx, actor, action, registration, { status: waitlisted().status }, { status: data.status, offerExpiresAt: offerExpiresAt.toISOString(), ...detail });
  return offerExpiresAt;
}

/** How the journal names a cancellation, by its reason. */
const CANCELLATIONS: Record<CancellationReason, AuditAction> = {
  ATTENDEE: "registration.cancelled.by-attendee",
  OFFER_DECLINED: "registration.offer.declined",
  OFFER_EXPIRED: "registration.offer.expired",
  ORGANISER: "registration.cancelled",
  EMAIL_NOT_CONFIRMED: "registration.hold.expired",
};

/**
 * Cancels a registration, frees what it held (seat or place in the queue) and hands the freed
 * seat to the waiting list. Returns null when it was already cancelled: the conditional update
 * makes a concurrent second cancellation do nothing (and log nothing).
 */
export async function toCancelled(tx: Tx, actor: AuditActor, registrationId: string, reason: CancellationReason, now: Date): Promise<SeatHandedOut[] | null> {
  const before = await tx.registration.findUnique({ where: { id: registrationId }, select: { status: true } });
  const data = cancelled(reason, now);
  const { count } = await tx.registration.updateMany({ where: { id: registrationId, status: { not: data.status } }, data });
  if (count === 0 || !before) return null;
  const { event, attendeeId } = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, include: { event: true } });
  await enqueueEmail(
    tx,
    reason === "OFFER_EXPIRED"
      ? { kind: "OFFER_EXPIRED", attendeeId, registrationId }
      : { kind: "REGISTRATION_CANCELLED", attendeeId, registrationId, data: { reason } },
  );
  await recordStatusChange(tx, actor, CANCELLATIONS[reason], { id: registrationId, eventId: event.id }, { status: before.status }, { status: data.status });
  await tx.waitlistEntry.deleteMany({ where: { registrationId } });
  await releaseSeat(tx, event, registrationId);
  return handOutFreeSeats(tx, event, now);
}

/**
 * Hands the event's free seats to the waiting list, first come first served: each gets an offer
 * until the offer deadline, or a confirmed place in AUTO_CONFIRM mode. The journal names the
 * waiting list as the actor, whoever freed the seat.
 */
export async function handOutFreeSeats(tx: Tx, event: WaitlistEvent, now: Date): Promise<SeatHandedOut[]> {
  const handedOut: SeatHandedOut[] = [];
  const actor = systemActor("waiting-list");
  await lockWaitingList(tx, event.id);
  for (;;) {
    const waiting = await firstWaiting(tx, event.id);
    if (!waiting || !(await claimFreeSeat(tx, event, waiting.registrationId))) return handedOut;
    const registration = { id: waiting.registrationId, eventId: event.id, status: waitlisted().status };
    if (event.waitlistMode === "AUTO_CONFIRM") {
      await toConfirmed(tx, registration, { actor, action: "registration.waitlist.confirmed", now });
      handedOut.push({ registrationId: registration.id, status: "CONFIRMED" });
    } else {
      await toOffered(tx, registration, event, { actor, action: "registration.waitlist.offered", now });
      handedOut.push({ registrationId: registration.id, status: "OFFERED" });
    }
  }
}
