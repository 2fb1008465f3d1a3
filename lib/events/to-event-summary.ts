import type { Event } from "../db/models";
import type { EventSummary } from "./contract";
import { registrationState } from "../registrations/registration-window";

/**
 * A public event as the pages and the API show it. Drafts are never public: the callers' queries
 * leave them out, and this refuses one that slipped through.
 * @param placesLeft the public's places left (reserved places are not the public's)
 */
export function toEventSummary(event: Event, placesLeft: number, now: Date): EventSummary {
  if (event.status === "DRAFT") throw new Error(`Event ${event.slug} is a draft: it has no public view`);
  return {
    slug: event.slug,
    title: event.title,
    kind: event.kind,
    status: event.status === "CLOSED" ? "CLOSED" : "PUBLISHED",
    region: event.region,
    summary: event.summary,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    venue: event.venue,
    address: event.address,
    city: event.city,
    host: event.host,
    capacity: event.capacity,
    placesLeft,
    registrationOpensAt: event.registrationOpensAt,
    registrationClosesAt: event.registrationClosesAt,
    registrationOpen: registrationState(event, now) === "OPEN",
  };
}
