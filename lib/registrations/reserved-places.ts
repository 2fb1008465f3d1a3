import "server-only";
import { db } from "../db/client";

/** What decides how many of a day's places the public may take. */
export interface ReservingEvent {
  id: string;
  capacity: number;
  reservedPlaces: number;
  reservedReleasedAt: Date | null;
}

/**
 * The places the public may take: the capacity less the reserved places, until these are released.
 * Reserved places are the seats numbered above this (internal/seats.ts).
 */
export function publicCapacity(event: Omit<ReservingEvent, "id">): number {
  return event.reservedReleasedAt ? event.capacity : Math.max(0, event.capacity - event.reservedPlaces);
}

export interface ReservedPlacesCount {
  /** Reserved places of the day (0 once released). */
  reserved: number;
  /** Reserved places taken by invited people. */
  takenByGuests: number;
  /** Public places held (confirmed attendees and pending offers). */
  publicHeld: number;
}

/** Per event, how its public and reserved places are held: the public pages' « places restantes » and the dashboard. */
export async function placeCounts(events: ReservingEvent[]): Promise<Map<string, ReservedPlacesCount>> {
  if (events.length === 0) return new Map();
  const seats = await db.seat.findMany({
    where: { eventId: { in: events.map((event) => event.id) }, registrationId: { not: null } },
    select: { eventId: true, number: true },
  });
  return new Map(
    events.map((event) => {
      const top = publicCapacity(event);
      const held = seats.filter((seat) => seat.eventId === event.id);
      const publicHeld = held.filter((seat) => seat.number <= top).length;
      const takenByGuests = held.filter((seat) => seat.number > top && seat.number <= event.capacity).length;
      return [event.id, { reserved: event.capacity - top, takenByGuests, publicHeld }];
    }),
  );
}

/** The public's places left: its places less those it holds. */
export function publicPlacesLeft(event: Omit<ReservingEvent, "id">, count: ReservedPlacesCount | undefined): number {
  return Math.max(0, publicCapacity(event) - (count?.publicHeld ?? 0));
}
