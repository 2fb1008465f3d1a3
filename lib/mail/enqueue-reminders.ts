import "server-only";
import { TZDate } from "@date-fns/tz";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/unique-violation";
import { TIME_ZONE, parisTime } from "../dates";
import { requestDelivery } from "../outbox/delivery-trigger";

/** Reminders go at this hour (Paris), the chosen number of days before the event. */
const REMINDER_HOUR = 9;

export function reminderTime(event: { startsAt: Date; reminderDaysBefore: number }): Date {
  const day = new TZDate(event.startsAt, TIME_ZONE);
  return parisTime(day.getFullYear(), day.getMonth() + 1, day.getDate() - event.reminderDaysBefore, REMINDER_HOUR);
}

/**
 * Writes the reminder of each confirmed attendee whose event's reminder time has come, once per
 * event date (a new date brings a new reminder). People confirmed after that time already have
 * fresh news and get none. Safe to run from several instances: the dedupe key is unique.
 */
export async function enqueueReminders({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const events = await db.event.findMany({
    where: { status: { in: ["PUBLISHED", "CLOSED"] }, reminderDaysBefore: { gt: 0 }, startsAt: { gt: now } },
  });
  let written = 0;
  for (const event of events) {
    const remindAt = reminderTime(event);
    if (now < remindAt) continue;
    const dateKey = event.startsAt.toISOString();
    const due = await db.registration.findMany({
      where: {
        eventId: event.id,
        status: "CONFIRMED",
        confirmedAt: { lt: remindAt },
        emails: { none: { kind: "EVENT_REMINDER", dedupeKey: { endsWith: `:${dateKey}` } } },
      },
      select: { id: true, attendeeId: true },
    });
    for (const registration of due) {
      try {
        await db.outboxEmail.create({
          data: { kind: "EVENT_REMINDER", attendeeId: registration.attendeeId, registrationId: registration.id, dedupeKey: `reminder:${registration.id}:${dateKey}` },
        });
        written++;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }
  if (written > 0) requestDelivery();
  return written;
}
