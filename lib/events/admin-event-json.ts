import { toParisIso } from "../dates";
import type { AdminEventRow } from "./list-admin-events";

/** An event as the back office's JSON API gives it: settings and registration counts. */
export function adminEventJson({ event, counts, pendingChanges }: AdminEventRow) {
  return {
    slug: event.slug,
    title: event.title,
    kind: event.kind,
    status: event.status,
    startsAt: toParisIso(event.startsAt),
    endsAt: toParisIso(event.endsAt),
    city: event.city,
    venue: event.venue,
    capacity: event.capacity,
    registrations: { confirmed: counts.CONFIRMED, offered: counts.OFFERED, waitlisted: counts.WAITLISTED, cancelled: counts.CANCELLED },
    pendingChanges,
  };
}
