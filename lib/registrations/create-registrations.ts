import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import type { Event } from "../generated/sqlite/client";
import { registrationState } from "../events/registration-window";
import { eventDay } from "./event-day";
import { RegistrationError } from "./errors";
import type { RegistrationInput } from "./schema";
import { claimFreeSeat } from "./seats";
import { hashManageToken, manageTokenFor } from "./tokens";
import { inTransaction, type Tx } from "./transaction";
import { countWaiting, waitlistRank } from "./waitlist";
import { enqueueEmail } from "../mail/outbox";
import { resendManageLink } from "./resend-manage-link";

export interface RegistrationOutcome {
  registrationId: string;
  event: { slug: string; title: string };
  status: "CONFIRMED" | "WAITLISTED";
  /** Rank in the waiting list, 1 for the next one to be offered a place; null when confirmed. */
  waitlistPosition: number | null;
}

export interface CreateRegistrationsResult {
  attendeeId: string;
  /** The manage link's token, given only to whoever created the attendee: never to someone who
   * typed an address that was already registered. */
  manageToken: string | null;
  registrations: RegistrationOutcome[];
}

/** The requested events, open for registration, at most one a day. */
async function openEvents(slugs: string[], now: Date): Promise<Event[]> {
  const found = await db.event.findMany({ where: { slug: { in: slugs }, status: { not: "DRAFT" } } });
  const events = slugs.map((slug) => {
    const event = found.find((candidate) => candidate.slug === slug);
    if (!event) throw new RegistrationError("EVENT_NOT_FOUND", slug);
    if (registrationState(event, now) !== "OPEN") throw new RegistrationError("REGISTRATION_CLOSED", event.title);
    return event;
  });
  const days = new Set(events.map((event) => eventDay(event.startsAt)));
  if (days.size < events.length) throw new RegistrationError("ONE_EVENT_PER_DAY");
  return events.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

async function findOrCreateAttendee(tx: Tx, input: RegistrationInput, now: Date) {
  const existing = await tx.attendee.findUnique({ where: { email: input.email } });
  if (existing) return { attendee: existing, created: false };
  const { events: _events, lunch: _lunch, consent: _consent, ...details } = input;
  const id = randomUUID();
  const attendee = await tx.attendee.create({
    data: { id, ...details, consentedAt: now, manageTokenHash: hashManageToken(manageTokenFor(id)) },
  });
  return { attendee, created: true };
}

/**
 * Registers one person for one or more events in one transaction: a free seat confirms them, a
 * full event (or one where people are already waiting) puts them on its waiting list.
 */
export async function createRegistrations({
  input,
  now = new Date(),
}: {
  input: RegistrationInput;
  now?: Date;
}): Promise<CreateRegistrationsResult> {
  const events = await openEvents(input.events, now);
  try {
    return await register(input, events, now);
  } catch (error) {
    // Whoever typed the address never sees the link: its owner gets it again by email.
    if (error instanceof RegistrationError && error.code === "ALREADY_REGISTERED") await resendManageLink({ email: input.email, now });
    throw error;
  }
}

function register(input: RegistrationInput, events: Event[], now: Date): Promise<CreateRegistrationsResult> {
  return inTransaction(async (tx) => {
    const { attendee, created } = await findOrCreateAttendee(tx, input, now);
    const held = await tx.registration.findMany({
      where: { attendeeId: attendee.id, status: { not: "CANCELLED" } },
      include: { event: { select: { title: true } } },
    });
    for (const event of events) {
      if (held.some((registration) => registration.eventId === event.id)) {
        throw new RegistrationError("ALREADY_REGISTERED", event.title);
      }
      const sameDay = held.find((registration) => registration.activeDay === eventDay(event.startsAt));
      if (sameDay) throw new RegistrationError("ONE_EVENT_PER_DAY", `déjà inscrit·e : ${sameDay.event.title}`);
    }

    const registrations: RegistrationOutcome[] = [];
    for (const { id } of events) {
      const event = await tx.event.findUniqueOrThrow({ where: { id } });
      const state = {
        status: "WAITLISTED" as const,
        activeDay: eventDay(event.startsAt),
        lunch: event.kind === "NATIONAL" && input.lunch,
        cancellationReason: null,
        cancelledAt: null,
        confirmedAt: null,
      };
      const registration = await tx.registration.upsert({
        where: { attendeeId_eventId: { attendeeId: attendee.id, eventId: event.id } },
        create: { ...state, attendeeId: attendee.id, eventId: event.id },
        update: state,
      });
      const about = { registrationId: registration.id, event: { slug: event.slug, title: event.title } };
      // Nobody jumps the queue: a seat freed while people wait is theirs.
      if ((await countWaiting(tx, event.id)) === 0 && (await claimFreeSeat(tx, event, registration.id))) {
        await tx.registration.update({ where: { id: registration.id }, data: { status: "CONFIRMED", confirmedAt: now } });
        await enqueueEmail(tx, { kind: "REGISTRATION_CONFIRMED", attendeeId: attendee.id, registrationId: registration.id });
        registrations.push({ ...about, status: "CONFIRMED", waitlistPosition: null });
      } else {
        const entry = await tx.waitlistEntry.create({ data: { eventId: event.id, registrationId: registration.id } });
        const position = await waitlistRank(tx, event.id, entry.position);
        await enqueueEmail(tx, { kind: "WAITLISTED", attendeeId: attendee.id, registrationId: registration.id, data: { position } });
        registrations.push({ ...about, status: "WAITLISTED", waitlistPosition: position });
      }
    }
    return { attendeeId: attendee.id, manageToken: created ? manageTokenFor(attendee.id) : null, registrations };
  });
}
