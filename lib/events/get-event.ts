import "server-only";
import { db } from "../db/client";
import type { EventDetail } from "./contract";
import { toEventSummary } from "./to-event-summary";
import { publicPlacesLeftOf } from "./held-seat-counts";
import { PUBLIC_PROGRAMME, toProgrammeItemView } from "./programme-view";

/**
 * One public event with its programme, of the current edition or a past one (its address works
 * forever), or null when the slug is unknown, the event is a draft or its edition is in preparation.
 */
export async function getEvent(slug: string, now: Date = new Date()): Promise<EventDetail | null> {
  const event = await db.event.findFirst({
    where: { slug, status: { in: ["PUBLISHED", "CLOSED"] }, edition: { status: { not: "DRAFT" } } },
    include: { programme: PUBLIC_PROGRAMME },
  });
  if (!event) return null;
  const placesLeft = await publicPlacesLeftOf([event]);
  return {
    ...toEventSummary(event, placesLeft.get(event.id) ?? 0, now),
    programme: event.programme.map(toProgrammeItemView),
  };
}
