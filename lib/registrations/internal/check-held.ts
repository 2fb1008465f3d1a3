import "server-only";
import type { Tx } from "../../db/transaction";
import { AppError } from "../../errors";
import { eventDay } from "../event-day";

/** Refuses a second registration for an event, or a second event on the same day. */
export async function checkHeld(tx: Tx, attendeeId: string, events: { id: string; title: string; startsAt: Date }[]): Promise<void> {
  const held = await tx.registration.findMany({
    where: { attendeeId, status: { not: "CANCELLED" } },
    include: { event: { select: { title: true } } },
  });
  for (const event of events) {
    if (held.some((registration) => registration.eventId === event.id)) {
      throw new AppError("ALREADY_REGISTERED", event.title);
    }
    const sameDay = held.find((registration) => registration.activeDay === eventDay(event.startsAt));
    if (sameDay) throw new AppError("ONE_EVENT_PER_DAY", `déjà inscrit·e : ${sameDay.event.title}`);
  }
}
