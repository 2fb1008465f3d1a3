import "server-only";
import type { Event } from "../db/models";
import { placeCounts, publicPlacesLeft } from "../registrations/reserved-places";

/**
 * Places left to the public per event id: its places (the capacity less the reserved ones, until
 * they are released) less those held by confirmed attendees and pending offers.
 */
export async function publicPlacesLeftOf(events: Event[]): Promise<Map<string, number>> {
  const counts = await placeCounts(events);
  return new Map(events.map((event) => [event.id, publicPlacesLeft(event, counts.get(event.id))]));
}
