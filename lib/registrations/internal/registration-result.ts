import type { RegistrationInput } from "../schema";
import { nameKey } from "../name-key";

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

/** What an Attendee row takes from a submission. */
export function attendeeDetails(input: RegistrationInput) {
  const { events: _events, lunch: _lunch, consent: _consent, ...details } = input;
  return { ...details, nameKey: nameKey(details.lastName, details.firstName) };
}
