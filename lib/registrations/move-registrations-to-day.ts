import "server-only";
import type { Tx } from "../db/transaction";
import { AppError } from "../errors";

/**
 * Keeps the one-event-a-day rule true when an event changes date: its active registrations take
 * the new day, unless some of these people already hold another event on it (refused with their
 * number, nothing changed).
 */
export async function moveRegistrationsToDay(tx: Tx, eventId: string, day: string): Promise<void> {
  const active = await tx.registration.findMany({ where: { eventId, activeDay: { not: null } }, select: { attendeeId: true } });
  const clashes = await tx.registration.count({
    where: { activeDay: day, eventId: { not: eventId }, attendeeId: { in: active.map((registration) => registration.attendeeId) } },
  });
  if (clashes > 0) throw new AppError("DAY_CLASH", `${clashes} personne${clashes > 1 ? "s" : ""}`, "date");
  await tx.registration.updateMany({ where: { eventId, activeDay: { not: null } }, data: { activeDay: day } });
}
