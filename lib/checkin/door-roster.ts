import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { doorCounts } from "./door-counts";
import { doorPerson, doorPersonSelect, type DoorPerson } from "./door-person";

/** More than any day holds: the phone keeps the roster to find people while the network is down. */
const MAX_ROSTER = 5000;

export interface DoorRoster {
  counts: { present: number; confirmed: number };
  people: DoorPerson[];
}

/** Everyone registered for an event (cancelled and waiting too, so the door can say why not), by name. */
export async function doorRoster(eventId: string): Promise<DoorRoster> {
  const [counts, rows] = await Promise.all([
    doorCounts(eventId),
    db.registration.findMany({
      where: { eventId },
      select: doorPersonSelect,
      orderBy: [{ attendee: { nameKey: "asc" } }, { id: "asc" }],
      take: MAX_ROSTER,
    }),
  ]);
  return { counts, people: rows.map(doorPerson) };
}

/** The event a door works for, by its slug. */
export async function doorEvent(slug: string) {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, capacity: true, startsAt: true, endsAt: true } });
  if (!event) throw new AppError("RECORD_NOT_FOUND");
  return event;
}
