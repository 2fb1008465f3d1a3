import { toParisIso } from "../dates";
import type { EventDetail, EventSummary } from "./event-view";

const isoOrNull = (date: Date | null) => (date ? toParisIso(date) : null);

/** The API's event object: a contract partners rely on (dates in ISO 8601 with the Paris offset). */
export function eventJson(event: EventSummary) {
  return {
    slug: event.slug,
    title: event.title,
    kind: event.kind,
    status: event.status,
    region: event.region,
    summary: event.summary,
    startsAt: toParisIso(event.startsAt),
    endsAt: toParisIso(event.endsAt),
    city: event.city,
    venue: event.venue,
    address: event.address,
    host: event.host,
    capacity: event.capacity,
    placesLeft: event.placesLeft,
    registrationOpen: event.registrationOpen,
    registrationOpensAt: isoOrNull(event.registrationOpensAt),
    registrationClosesAt: isoOrNull(event.registrationClosesAt),
  };
}

export function eventDetailJson(event: EventDetail) {
  return {
    ...eventJson(event),
    programme: event.programme.map((item) => ({
      kind: item.kind,
      startsAt: toParisIso(item.startsAt),
      endsAt: isoOrNull(item.endsAt),
      title: item.title,
      description: item.description,
      speakers: item.speakers.map((speaker) => ({ ...speaker })),
    })),
  };
}
