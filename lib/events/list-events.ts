import "server-only";
import { db } from "../db/client";
import type { EventSummary } from "./contract";
import { toEventSummary } from "./to-event-summary";
import { heldSeatCounts } from "./held-seat-counts";

/** The public events (published or closed, never drafts), national day first then by date and city. */
export async function listEvents(now: Date = new Date()): Promise<EventSummary[]> {
  const events = await db.event.findMany({
    where: { status: { in: ["PUBLISHED", "CLOSED"] } },
    orderBy: [{ startsAt: "asc" }, { kind: "asc" }, { city: "asc" }],
  });
  const counts = await heldSeatCounts(events.map((event) => event.id));
  return events.map((event) => toEventSummary(event, counts.get(event.id) ?? 0, now));
}
