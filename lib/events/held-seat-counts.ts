import "server-only";
import { db } from "../db/client";

/** Seats held per event id: by confirmed attendees and by people offered a place. */
export async function heldSeatCounts(eventIds: string[]): Promise<Map<string, number>> {
  const groups = await db.seat.groupBy({
    by: ["eventId"],
    where: { eventId: { in: eventIds }, registrationId: { not: null } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.eventId, group._count._all]));
}
