import { TZDate } from "@date-fns/tz";
import { TIME_ZONE, formatLongDate, formatTime, parisTime } from "../../dates";

interface Schedule {
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  address: string | null;
  city: string;
}

const when = (start: Date, end: Date) => `${formatLongDate(start)}, ${formatTime(start)} – ${formatTime(end)}`;
const place = (event: Schedule) => [event.venue, event.address, event.city].filter(Boolean).join(", ");

/** The French sentences that tell attendees what changed in an event's date, times or place. */
export function scheduleChanges(before: Schedule, after: Schedule): string[] {
  const changes: string[] = [];
  if (after.startsAt.getTime() !== before.startsAt.getTime() || after.endsAt.getTime() !== before.endsAt.getTime()) {
    changes.push(`Nouvel horaire : ${when(after.startsAt, after.endsAt)} (au lieu de ${when(before.startsAt, before.endsAt)}).`);
  }
  if (place(after) !== place(before)) changes.push(`Nouveau lieu : ${place(after)} (au lieu de ${place(before)}).`);
  return changes;
}

/** The same Paris wall-clock time on another day: programme items follow their event to its new date. */
export function onDayOf(time: Date, day: Date): Date {
  const clock = new TZDate(time, TIME_ZONE);
  const target = new TZDate(day, TIME_ZONE);
  return parisTime(target.getFullYear(), target.getMonth() + 1, target.getDate(), clock.getHours(), clock.getMinutes());
}

export const sameParisDay = (a: Date, b: Date) => formatLongDate(a) === formatLongDate(b);
