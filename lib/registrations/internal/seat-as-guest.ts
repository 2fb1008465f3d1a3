import "server-only";
import type { AuditActor } from "../../audit/actor";
import { recordAudit } from "../../audit/record-audit";
import type { Event, GuestRole, Registration } from "../../db/models";
import type { Tx } from "../../db/transaction";
import { enqueueEmail } from "../../outbox/outbox";
import { publicCapacity } from "../reserved-places";
import type { RegistrationOutcome } from "./registration-result";
import { assignSeats, lockFreeReservedSeat } from "./seats";
import { handOutFreeSeats, toConfirmed } from "./status-changes";
import { lockWaitingList, waitlistRank } from "./waitlist";

/**
 * A person already registered for the day (by the public form) accepts an invitation to it: their
 * registration takes the invitation's role and moves onto a free reserved place. The public seat it
 * leaves goes to the waiting list exactly as when someone cancels; a person waiting (or offered a
 * place) is confirmed on it. With no reserved place free, a seat held is kept and a waiting person
 * keeps waiting, with the role. Their address is proven by the link: a hold on the seat ends.
 */
export async function seatAsGuest(tx: Tx, held: Pick<Registration, "id">, event: Event, guestRole: GuestRole, now: Date, actor: AuditActor): Promise<RegistrationOutcome> {
  // First, as a cancellation's hand-out does: the waiting list cannot offer this person a seat meanwhile.
  await lockWaitingList(tx, event.id);
  const registration = await tx.registration.findUniqueOrThrow({ where: { id: held.id }, include: { seat: true } });
  const before = { status: registration.status, guestRole: registration.guestRole, seat: registration.seat?.number ?? null };
  await tx.registration.update({ where: { id: registration.id }, data: { guestRole, holdExpiresAt: null } });
  const reservedSeat = await lockFreeReservedSeat(tx, event);
  let freedPublicSeat = false;
  if (registration.status === "CONFIRMED" && registration.holdExpiresAt) {
    await enqueueEmail(tx, { kind: "REGISTRATION_CONFIRMED", attendeeId: registration.attendeeId, registrationId: registration.id, createdAt: now });
  }
  if (reservedSeat && registration.seat && registration.seat.number <= publicCapacity(event)) {
    await tx.seat.update({ where: { id: registration.seat.id }, data: { registrationId: null } });
    await assignSeats(tx, [[reservedSeat, registration.id]]);
    freedPublicSeat = true;
  } else if (reservedSeat && !registration.seat) {
    await assignSeats(tx, [[reservedSeat, registration.id]]);
  }
  const seated = (await tx.seat.findUnique({ where: { registrationId: registration.id } })) !== null;
  if (seated && registration.status !== "CONFIRMED") {
    await toConfirmed(tx, { id: registration.id, eventId: event.id, status: registration.status }, { actor, action: "registration.invitation.accepted", now, detail: { guestRole } });
  } else {
    const seat = await tx.seat.findUnique({ where: { registrationId: registration.id }, select: { number: true } });
    await recordAudit(tx, actor, {
      action: "registration.invitation.accepted",
      entityType: "Registration",
      entityId: registration.id,
      eventId: event.id,
      before,
      after: { status: registration.status, guestRole, seat: seat?.number ?? null },
    });
  }
  if (freedPublicSeat) await handOutFreeSeats(tx, event, now);
  const about = { registrationId: registration.id, event: { slug: event.slug, title: event.title }, holdExpiresAt: null };
  if (seated) return { ...about, status: "CONFIRMED", waitlistPosition: null };
  const entry = await tx.waitlistEntry.findUniqueOrThrow({ where: { registrationId: registration.id }, select: { position: true } });
  return { ...about, status: "WAITLISTED", waitlistPosition: await waitlistRank(tx, event.id, entry.position) };
}
