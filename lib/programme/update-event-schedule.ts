import "server-only";
import { db } from "../db";
import { formatLongDate, formatTime } from "../dates";
import { recordAudit } from "../audit/record-audit";
import { requestDelivery } from "../mail/delivery-trigger";
import { announceProgrammeChange } from "./announce-programme-change";

export interface ScheduleChange {
  startsAt?: Date;
  endsAt?: Date;
  venue?: string | null;
  address?: string | null;
  city?: string;
}

const when = (start: Date, end: Date) => `${formatLongDate(start)}, ${formatTime(start)} – ${formatTime(end)}`;
const place = (event: { venue: string | null; address: string | null; city: string }) =>
  [event.venue, event.address, event.city].filter(Boolean).join(", ");

/**
 * Changes an event's date, times or place, and tells its confirmed attendees, with a calendar
 * file that replaces the previous one (same UID, next SEQUENCE). Returns the French sentences sent.
 */
export async function updateEventSchedule({
  eventId,
  change,
  actor,
}: {
  eventId: string;
  change: ScheduleChange;
  actor: string;
}): Promise<{ changes: string[]; notified: number }> {
  const result = await db.$transaction(async (tx) => {
    const before = await tx.event.findUniqueOrThrow({ where: { id: eventId } });
    const after = { ...before, ...change };
    const changes: string[] = [];
    if (after.startsAt.getTime() !== before.startsAt.getTime() || after.endsAt.getTime() !== before.endsAt.getTime()) {
      changes.push(`Nouvel horaire : ${when(after.startsAt, after.endsAt)} (au lieu de ${when(before.startsAt, before.endsAt)}).`);
    }
    if (place(after) !== place(before)) changes.push(`Nouveau lieu : ${place(after)} (au lieu de ${place(before)}).`);
    if (changes.length === 0) return { changes, notified: 0 };

    await tx.event.update({ where: { id: eventId }, data: { ...change, calendarSequence: { increment: 1 } } });
    await recordAudit(tx, {
      actor,
      action: "event.schedule.changed",
      entityType: "Event",
      entityId: eventId,
      before: { startsAt: before.startsAt.toISOString(), endsAt: before.endsAt.toISOString(), venue: before.venue, address: before.address, city: before.city },
      after: { startsAt: after.startsAt.toISOString(), endsAt: after.endsAt.toISOString(), venue: after.venue, address: after.address, city: after.city },
    });
    return { changes, notified: await announceProgrammeChange(tx, eventId, changes) };
  });
  requestDelivery();
  return result;
}
