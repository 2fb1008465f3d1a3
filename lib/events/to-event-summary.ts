import type { Event } from "../generated/sqlite/client";
import type { EventSummary } from "./event-view";
import { registrationState } from "./registration-window";

/** @param heldSeats seats held by confirmed attendees and pending offers */
export function toEventSummary(event: Event, heldSeats: number, now: Date): EventSummary {
  return {
    slug: event.slug,
    title: event.title,
    kind: event.kind,
    status: event.status,
    region: event.region,
    summary: event.summary,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    venue: event.venue,
    address: event.address,
    city: event.city,
    host: event.host,
    capacity: event.capacity,
    placesLeft: Math.max(0, event.capacity - heldSeats),
    registrationOpensAt: event.registrationOpensAt,
    registrationClosesAt: event.registrationClosesAt,
    registrationOpen: registrationState(event, now) === "OPEN",
  };
}
