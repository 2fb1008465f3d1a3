import "server-only";
import { randomUUID } from "node:crypto";
import type { Event, GuestRole } from "../../db/models";
import { enqueueEmail } from "../../outbox/outbox";
import { eventDay } from "../event-day";
import {
  attendeeDetails,
  CHECK_MAILBOX,
  holdUntil,
  type CreateRegistrationsResult,
  type RegistrationOutcome,
} from "./registration-result";
import type { RegistrationInput } from "../schema";
import { assignSeats, lockFreeSeat } from "./seats";
import { hashManageToken, manageTokenFor } from "../../links/manage-token";
import { inTransaction, type Tx } from "../../db/transaction";
import { lockWaitingList, waitlistRank } from "./waitlist";
import { newTicketCode } from "../../checkin/new-ticket-code";
import { requestJoinLink } from "./request-join-link";
import { entryStatus } from "./status-changes";
import { recordAudit } from "../../audit/record-audit";
import { recordedRegistrant, type AuditActor, type RegistrantActor } from "../../audit/actor";
import type { CheckedAnswer } from "../../questions/answers";
import { writeAnswers } from "../../questions/write-answers";

/** How the days are added: to a new person (whose address may still need confirming), or to one already known. */
interface Mode {
  /** The person registered before: a cancelled registration is registered again on its row. */
  known: boolean;
  /** Who the journal names: the person themself, or the job that registers them. */
  actor: AuditActor;
  /** An invited person, by their invitation's link: a reserved place first, and the address is proven. */
  guestRole?: GuestRole;
}

/** One event's registration: a free seat confirms it, otherwise it joins the waiting list. */
async function registerFor(tx: Tx, attendeeId: string, event: Event, lunch: boolean, now: Date, { known, actor, guestRole }: Mode): Promise<RegistrationOutcome> {
  const invited = guestRole !== undefined;
  let seatId = await lockFreeSeat(tx, event, { unlessWaiting: true, invited });
  if (!seatId) {
    // Before joining the queue, wait for whoever is freeing a seat of this event, then look again.
    await lockWaitingList(tx, event.id);
    seatId = await lockFreeSeat(tx, event, { unlessWaiting: true, invited });
  }
  // A new address is unproven: on an event that asks for it, the seat waits for the address to be confirmed.
  const holdExpiresAt = seatId && !known && !invited ? holdUntil(event, now) : null;
  const state = {
    guestRole: guestRole ?? null,
    ...entryStatus(seatId !== null, now),
    activeDay: eventDay(event.startsAt),
    lunch: event.kind === "NATIONAL" && lunch,
    holdExpiresAt,
    cancellationReason: null,
    cancelledAt: null,
  };
  // A person who cancelled earlier registers again on their old row (one row per person and event).
  const { id: registrationId } = known
    ? await tx.registration.upsert({
        where: { attendeeId_eventId: { attendeeId, eventId: event.id } },
        create: { ...state, attendeeId, eventId: event.id, ticketCode: newTicketCode() },
        update: state,
        select: { id: true },
      })
    : await tx.registration.create({ data: { ...state, attendeeId, eventId: event.id, ticketCode: newTicketCode() }, select: { id: true } });
  const about = { registrationId, event: { slug: event.slug, title: event.title }, holdExpiresAt };
  await recordAudit(tx, actor, {
    action: known ? "registration.joined-by-link" : "registration.created",
    entityType: "Registration",
    entityId: registrationId,
    eventId: event.id,
    after: { status: state.status, ...(holdExpiresAt ? { holdExpiresAt: holdExpiresAt.toISOString() } : {}) },
  });
  if (seatId) {
    await assignSeats(tx, [[seatId, registrationId]], { publicOnly: !invited });
    if (!holdExpiresAt) await enqueueEmail(tx, { kind: "REGISTRATION_CONFIRMED", attendeeId, registrationId, createdAt: now });
    return { ...about, status: "CONFIRMED", waitlistPosition: null };
  }
  const entry = await tx.waitlistEntry.create({ data: { eventId: event.id, registrationId }, select: { position: true } });
  const position = await waitlistRank(tx, event.id, entry.position);
  await enqueueEmail(tx, { kind: "WAITLISTED", attendeeId, registrationId, data: { position }, createdAt: now });
  return { ...about, status: "WAITLISTED", waitlistPosition: position };
}

/**
 * Registers a person for events, in the caller's transaction and by date: a free seat confirms
 * them, a full event (or one where people are already waiting) puts them on its waiting list.
 * Seats held for an address to be confirmed get one email that asks to confirm it.
 */
export async function registerDays(tx: Tx, attendeeId: string, events: Event[], lunch: boolean, now: Date, mode: Mode): Promise<RegistrationOutcome[]> {
  const registrations: RegistrationOutcome[] = [];
  for (const event of events) registrations.push(await registerFor(tx, attendeeId, event, lunch, now, mode));
  if (registrations.some((registration) => registration.holdExpiresAt)) await enqueueEmail(tx, { kind: "CONFIRM_EMAIL", attendeeId, createdAt: now });
  return registrations;
}

/**
 * A submission, in one transaction. A new address is registered at once. An address already known
 * changes nothing: its owner is emailed a link that adds the days (see request-join-link.ts).
 * Unless the email is `known` to exist, the first attempt assumes a new person (most are) and
 * creates them; when the email exists after all, the unique index fails the transaction, which is
 * retried and finds them.
 */
export function registerOne(
  { input, events, answers, now, actor }: { input: RegistrationInput; events: Event[]; answers: CheckedAnswer[]; now: Date; actor: RegistrantActor },
  { knownEmail = false } = {},
): Promise<CreateRegistrationsResult> {
  return inTransaction(async (tx, attempt) => {
    if (knownEmail || attempt > 1) {
      const existing = await tx.attendee.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) {
        await requestJoinLink(tx, existing.id, input, events, now);
        return CHECK_MAILBOX;
      }
    }
    const attendeeId = randomUUID();
    await tx.attendee.create({
      data: { id: attendeeId, ...attendeeDetails(input), consentedAt: now, manageTokenHash: hashManageToken(manageTokenFor(attendeeId)) },
      select: { id: true },
    });
    const registrations = await registerDays(tx, attendeeId, events, input.lunch, now, { known: false, actor: recordedRegistrant(actor, attendeeId) });
    await writeAnswers(tx, registrations, answers);
    return { outcome: "REGISTERED", attendeeId, manageToken: manageTokenFor(attendeeId), registrations };
  });
}
