import type { RegistrationInput } from "../schema";
import { nameKey } from "../name-key";

export interface RegistrationOutcome {
  registrationId: string;
  event: { slug: string; title: string };
  status: "CONFIRMED" | "WAITLISTED";
  /** Rank in the waiting list, 1 for the next one to be offered a place; null when confirmed. */
  waitlistPosition: number | null;
  /** When confirmed on an event that asks for the address to be confirmed: the seat is held until then. */
  holdExpiresAt: Date | null;
}

/**
 * What a submission did. A new address is registered at once, and its submitter gets the manage
 * link. An address already known changes nothing: its owner is emailed a link that adds the days,
 * and the submitter learns nothing of what the address holds.
 */
export type CreateRegistrationsResult =
  | { outcome: "REGISTERED"; attendeeId: string; manageToken: string; registrations: RegistrationOutcome[] }
  | { outcome: "CHECK_MAILBOX"; attendeeId: null; manageToken: null; registrations: [] };

export const CHECK_MAILBOX: CreateRegistrationsResult = { outcome: "CHECK_MAILBOX", attendeeId: null, manageToken: null, registrations: [] };

/** What an Attendee row takes from a submission. */
export function attendeeDetails(input: RegistrationInput) {
  const { events: _events, lunch: _lunch, consent: _consent, answers: _answers, ...details } = input;
  return { ...details, nameKey: nameKey(details.lastName, details.firstName) };
}

/** When a seat taken now on this event is held until the address is confirmed, or null. */
export function holdUntil(event: { emailConfirmationHours: number | null }, now: Date): Date | null {
  return event.emailConfirmationHours ? new Date(now.getTime() + event.emailConfirmationHours * 3600_000) : null;
}
