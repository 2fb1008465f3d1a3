import "server-only";
import { randomUUID } from "node:crypto";
import type { Event } from "../../generated/sqlite/client";
import { enqueueEmail } from "../../mail/outbox";
import { eventDay } from "../event-day";
import { attendeeDetails, type CreateRegistrationsResult, type RegistrationOutcome } from "./registration-result";
import type { RegistrationInput } from "../schema";
import { assignSeats, lockFreeSeat } from "./seats";
import { hashManageToken, manageTokenFor } from "../tokens";
import { inTransaction, type Tx } from "../../db/transaction";
import { waitlistRank } from "./waitlist";
import { checkHeld } from "./check-held";
import { newTicketCode } from "../../checkin/new-ticket-code";

/**
 * The attendee for the submitted email. Unless the email is `known` to exist, the first attempt
 * assumes a new person (most are) and creates them; when the email exists after all, the unique
 * index fails the transaction, which is retried with `known` set and finds them.
 */
async function attendeeFor(tx: Tx, input: RegistrationInput, now: Date, known: boolean) {
  if (known) {
    const existing = await tx.attendee.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) return { attendeeId: existing.id, created: false };
  }
  const id = randomUUID();
  await tx.attendee.create({
    data: { id, ...attendeeDetails(input), consentedAt: now, manageTokenHash: hashManageToken(manageTokenFor(id)) },
    select: { id: true },
  });
  return { attendeeId: id, created: true };
}

/** One event's registration: a free seat confirms it, otherwise it joins the waiting list. */
async function registerFor(tx: Tx, attendeeId: string, event: Event, input: RegistrationInput, now: Date, reuse: boolean): Promise<RegistrationOutcome> {
  const seatId = await lockFreeSeat(tx, event, { unlessWaiting: true });
  const state = {
    status: seatId ? ("CONFIRMED" as const) : ("WAITLISTED" as const),
    activeDay: eventDay(event.startsAt),
    lunch: event.kind === "NATIONAL" && input.lunch,
    confirmedAt: seatId ? now : null,
    cancellationReason: null,
    cancelledAt: null,
  };
  // A person who cancelled earlier registers again on their old row (one row per person and event).
  const { id: registrationId } = reuse
    ? await tx.registration.upsert({
        where: { attendeeId_eventId: { attendeeId, eventId: event.id } },
        create: { ...state, attendeeId, eventId: event.id, ticketCode: newTicketCode() },
        update: state,
        select: { id: true },
      })
    : await tx.registration.create({ data: { ...state, attendeeId, eventId: event.id, ticketCode: newTicketCode() }, select: { id: true } });
  const about = { registrationId, event: { slug: event.slug, title: event.title } };
  if (seatId) {
    await assignSeats(tx, [[seatId, registrationId]]);
    await enqueueEmail(tx, { kind: "REGISTRATION_CONFIRMED", attendeeId, registrationId });
    return { ...about, status: "CONFIRMED", waitlistPosition: null };
  }
  const entry = await tx.waitlistEntry.create({ data: { eventId: event.id, registrationId }, select: { position: true } });
  const position = await waitlistRank(tx, event.id, entry.position);
  await enqueueEmail(tx, { kind: "WAITLISTED", attendeeId, registrationId, data: { position } });
  return { ...about, status: "WAITLISTED", waitlistPosition: position };
}

/**
 * Registers one person for one or more events in one transaction: a free seat confirms them, a
 * full event (or one where people are already waiting) puts them on its waiting list.
 */
export function registerOne(
  input: RegistrationInput,
  events: Event[],
  now: Date,
  { knownEmail = false } = {},
): Promise<CreateRegistrationsResult> {
  return inTransaction(async (tx, attempt) => {
    const { attendeeId, created } = await attendeeFor(tx, input, now, knownEmail || attempt > 1);
    if (!created) await checkHeld(tx, attendeeId, events);
    const registrations: RegistrationOutcome[] = [];
    for (const event of events) registrations.push(await registerFor(tx, attendeeId, event, input, now, !created));
    return { attendeeId, manageToken: created ? manageTokenFor(attendeeId) : null, registrations };
  });
}
