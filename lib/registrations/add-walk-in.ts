import "server-only";
import { randomUUID } from "node:crypto";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { requireWithinCheckInWindow } from "../checkin/check-in-hours";
import { doorPerson, doorPersonSelect, type DoorPerson } from "../checkin/door-person";
import { recordCheckIn } from "../checkin/record-check-in";
import { newTicketCode } from "../checkin/new-ticket-code";
import { inTransaction, type Tx } from "../db/transaction";
import { AppError } from "../errors";
import { enqueueEmail } from "../outbox/outbox";
import { eventDay } from "./event-day";
import { nameKey } from "./name-key";
import { requestJoinLink } from "./internal/request-join-link";
import { seatFor } from "./internal/seat-for";
import { entryStatus } from "./internal/status-changes";
import type { WalkInInput } from "./schema";
import { hashManageToken, manageTokenFor } from "../links/manage-token";

/**
 * What the door learns from a walk-in: a new person registered and let in; a known address already
 * on this day's own list (the roster shows it anyway); or, for any other known address, one answer
 * whatever the address holds elsewhere — its owner is emailed a link to join the day themselves.
 */
export type WalkInResult = { status: "REGISTERED"; person: DoorPerson } | { status: "ON_LIST"; person: DoorPerson } | { status: "CHECK_MAILBOX" };

type WalkInEvent = { id: string; slug: string; title: string; capacity: number; startsAt: Date; endsAt: Date };

async function registerNewcomer(tx: Tx, actor: UserActor, event: WalkInEvent, input: WalkInInput, now: Date): Promise<WalkInResult> {
  const attendeeId = randomUUID();
  const { overCapacityReason: _reason, operationId: _operation, consent: _consent, ...details } = input;
  await tx.attendee.create({ data: { id: attendeeId, ...details, nameKey: nameKey(details.lastName, details.firstName), consentedAt: now, manageTokenHash: hashManageToken(manageTokenFor(attendeeId)) } });
  const { id } = await tx.registration.create({
    data: { ...entryStatus(true, now), activeDay: eventDay(event.startsAt), attendeeId, eventId: event.id, ticketCode: newTicketCode() },
    select: { id: true },
  });
  const { overCapacity } = await seatFor(tx, actor, { id, event }, input.overCapacityReason || null);
  await recordCheckIn(tx, actor, { registrationId: id, eventId: event.id, at: now, method: "WALK_IN", operationId: input.operationId });
  await enqueueEmail(tx, { kind: "REGISTRATION_CONFIRMED", attendeeId, registrationId: id, createdAt: now });
  await recordAudit(tx, actor, {
    action: "registration.walk-in",
    entityType: "Registration",
    entityId: id,
    eventId: event.id,
    after: { status: entryStatus(true, now).status, ...(overCapacity ? { overCapacity: true, reason: input.overCapacityReason } : {}) },
  });
  return { status: "REGISTERED", person: doorPerson(await tx.registration.findUniqueOrThrow({ where: { id }, select: doorPersonSelect })) };
}

/**
 * An address already known: nothing of the stored person is read out, changed, registered or let
 * in. If it is on this day's list (not cancelled), the door gets that registration as its roster
 * shows it. Otherwise its owner gets the « Confirmez votre demande d'inscription » link for this
 * day (within the public-email cap, carrying nothing typed at the door), and the door the same
 * answer whatever the address holds in other days and however full the day is. The journal keeps
 * the attempt, without what was typed.
 */
async function knownAddress(tx: Tx, actor: UserActor, event: WalkInEvent, attendeeId: string, now: Date): Promise<WalkInResult> {
  const here = await tx.registration.findFirst({ where: { attendeeId, eventId: event.id, status: { not: "CANCELLED" } }, select: doorPersonSelect });
  const result: WalkInResult = here ? { status: "ON_LIST", person: doorPerson(here) } : { status: "CHECK_MAILBOX" };
  if (!here) await requestJoinLink(tx, attendeeId, { lunch: false }, [event], now, { door: true });
  await recordAudit(tx, actor, {
    action: "registration.walk-in.known-address",
    entityType: here ? "Registration" : "Attendee",
    entityId: here ? here.id : attendeeId,
    eventId: event.id,
    after: { outcome: result.status },
  });
  return result;
}

/**
 * A person at the door who did not register, within the day's check-in window. A new address is
 * registered with the details typed and let in: on a free place, or, for an admin who gives a
 * reason, beyond the capacity (logged); they get the usual confirmation email. A known address:
 * see knownAddress. The phone names each walk-in, so one sent twice adds one person.
 */
export async function addWalkIn({
  actor,
  event,
  input,
  now = new Date(),
}: {
  actor: UserActor;
  event: WalkInEvent;
  input: WalkInInput;
  now?: Date;
}): Promise<WalkInResult> {
  requireWithinCheckInWindow(event, now);
  return inTransaction(async (tx) => {
    // The phone sent this walk-in before and lost the answer: the person it added, on this day only.
    const done = await tx.checkIn.findUnique({ where: { operationId: input.operationId }, select: { eventId: true, registration: { select: doorPersonSelect } } });
    if (done && done.eventId !== event.id) throw new AppError("OPERATION_ID_TAKEN");
    if (done) return { status: "REGISTERED", person: doorPerson(done.registration) };
    const known = await tx.attendee.findUnique({ where: { email: input.email }, select: { id: true } });
    return known ? knownAddress(tx, actor, event, known.id, now) : registerNewcomer(tx, actor, event, input, now);
  });
}
