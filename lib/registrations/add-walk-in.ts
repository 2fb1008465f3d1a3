import "server-only";
import { randomUUID } from "node:crypto";
import type { UserActor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { doorPerson, doorPersonSelect, type DoorPerson } from "../checkin/door-person";
import { recordCheckIn } from "../checkin/record-check-in";
import { newTicketCode } from "../checkin/new-ticket-code";
import { inTransaction, type Tx } from "../db/transaction";
import { enqueueEmail } from "../mail/outbox";
import { eventDay } from "./event-day";
import { nameKey } from "./name-key";
import { checkHeld } from "./internal/check-held";
import { seatFor } from "./internal/seat-for";
import type { WalkInInput } from "./schema";
import { hashManageToken, manageTokenFor } from "./tokens";

async function attendeeFor(tx: Tx, input: WalkInInput, now: Date): Promise<string> {
  const existing = await tx.attendee.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return existing.id;
  const id = randomUUID();
  const { overCapacityReason: _reason, operationId: _operation, consent: _consent, ...details } = input;
  await tx.attendee.create({ data: { id, ...details, nameKey: nameKey(details.lastName, details.firstName), consentedAt: now, manageTokenHash: hashManageToken(manageTokenFor(id)) } });
  return id;
}

/**
 * Registers a person who came without registering, and lets them in: on a free place, or, for an
 * admin who gives a reason, beyond the capacity (logged). A known address keeps its details; its
 * registration for the day, if cancelled, is taken up again. They get the usual confirmation email.
 */
export async function addWalkIn({
  actor,
  event,
  input,
  now = new Date(),
}: {
  actor: UserActor;
  event: { id: string; title: string; capacity: number; startsAt: Date };
  input: WalkInInput;
  now?: Date;
}): Promise<DoorPerson> {
  return inTransaction(async (tx) => {
    // The phone sent this walk-in before and lost the answer: the person it added.
    const done = await tx.checkIn.findUnique({ where: { operationId: input.operationId }, select: { registration: { select: doorPersonSelect } } });
    if (done) return doorPerson(done.registration);
    const attendeeId = await attendeeFor(tx, input, now);
    await checkHeld(tx, attendeeId, [event]);

    const state = { status: "CONFIRMED" as const, activeDay: eventDay(event.startsAt), confirmedAt: now, cancellationReason: null, cancelledAt: null };
    const { id } = await tx.registration.upsert({
      where: { attendeeId_eventId: { attendeeId, eventId: event.id } },
      create: { ...state, attendeeId, eventId: event.id, ticketCode: newTicketCode() },
      update: state,
      select: { id: true },
    });
    const { overCapacity } = await seatFor(tx, actor, { id, event }, input.overCapacityReason || null);
    // A cancelled registration taken up again may still carry its old arrival.
    await tx.checkIn.deleteMany({ where: { registrationId: id } });
    await recordCheckIn(tx, actor, { registrationId: id, eventId: event.id, at: now, method: "WALK_IN", operationId: input.operationId });
    await enqueueEmail(tx, { kind: "REGISTRATION_CONFIRMED", attendeeId, registrationId: id, createdAt: now });
    await recordAudit(tx, actor, {
      action: "registration.walk-in",
      entityType: "Registration",
      entityId: id,
      eventId: event.id,
      after: { status: "CONFIRMED", ...(overCapacity ? { overCapacity: true, reason: input.overCapacityReason } : {}) },
    });
    return doorPerson(await tx.registration.findUniqueOrThrow({ where: { id }, select: doorPersonSelect }));
  });
}
