import type { Event } from "../../db/models";
import { registrationState } from "../registration-window";
import { eventDay } from "../event-day";
import { AppError } from "../../errors";

/**
 * Where a day may be registered for at all: its edition is published (current or past), so a day
 * of an edition still in preparation is unknown to registrations, whatever its own status.
 */
export const inPublicEdition = { edition: { status: { not: "DRAFT" as const } } };

/**
 * The requested events among those found (looked up with `inPublicEdition`), each open for registration, at most one a day, by date.
 * Throws the domain error that says which one is not.
 */
export function openEvents(found: Event[], slugs: string[], now: Date): Event[] {
  const events = slugs.map((slug) => {
    const event = found.find((candidate) => candidate.slug === slug && candidate.status !== "DRAFT");
    if (!event) throw new AppError("EVENT_NOT_FOUND", slug, "events");
    if (registrationState(event, now) !== "OPEN") throw new AppError("REGISTRATION_CLOSED", event.title);
    return event;
  });
  const days = new Set(events.map((event) => eventDay(event.startsAt)));
  if (days.size < events.length) throw new AppError("ONE_EVENT_PER_DAY");
  return events.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
