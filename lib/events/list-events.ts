import "server-only";
import { db } from "../db/client";
import type { EventSummary } from "./contract";
import { toEventSummary } from "./to-event-summary";
import { publicPlacesLeftOf } from "./held-seat-counts";

/**
 * The public events (published or closed, never drafts) of the current edition, or of the edition
 * named by its slug (a draft edition has none), national day first then by date and city.
 */
export async function listEvents(now: Date = new Date(), { edition }: { edition?: string } = {}): Promise<EventSummary[]> {
  const events = await db.event.findMany({
    where: { status: { in: ["PUBLISHED", "CLOSED"] }, edition: edition ? { slug: edition, status: { not: "DRAFT" } } : { status: "CURRENT" } },
    orderBy: [{ startsAt: "asc" }, { kind: "asc" }, { city: "asc" }],
  });
  const placesLeft = await publicPlacesLeftOf(events);
  return events.map((event) => toEventSummary(event, placesLeft.get(event.id) ?? 0, now));
}
