import "server-only";
import { db } from "../db/client";
import type { EventSummary } from "./contract";
import { toEventSummary } from "./to-event-summary";
import { publicPlacesLeftOf } from "./held-seat-counts";

/**
 * The public events (published or closed, never drafts) of the current edition, or of the edition
 * named by its slug (a draft edition has none), national day first then by date and city.
 * `stillAhead` adds the published days of past editions that are not over (the registration form:
 * a day keeps taking registrations until it is over, even once the next edition is published).
 */
export async function listEvents(now: Date = new Date(), { edition, stillAhead = false }: { edition?: string; stillAhead?: boolean } = {}): Promise<EventSummary[]> {
  const ofEdition = { status: { in: ["PUBLISHED" as const, "CLOSED" as const] }, edition: edition ? { slug: edition, status: { not: "DRAFT" as const } } : { status: "CURRENT" as const } };
  const events = await db.event.findMany({
    where: stillAhead && !edition ? { OR: [ofEdition, { status: "PUBLISHED", endsAt: { gt: now }, edition: { status: "PAST" } }] } : ofEdition,
    orderBy: [{ startsAt: "asc" }, { kind: "asc" }, { city: "asc" }],
  });
  const placesLeft = await publicPlacesLeftOf(events);
  return events.map((event) => toEventSummary(event, placesLeft.get(event.id) ?? 0, now));
}
