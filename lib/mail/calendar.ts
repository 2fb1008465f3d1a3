import "server-only";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "../dates";

export interface CalendarEvent {
  id: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  address: string | null;
  city: string;
  calendarSequence: number;
}

/** The same UID for every version of an event, so that an update replaces the entry in calendars. */
export function calendarUid(eventId: string, host: string): string {
  return `rencontres-ess-${eventId}@${host}`;
}

/**
 * An iCalendar file for an event, in Paris time with its VTIMEZONE. `cancelled` removes the entry
 * from the attendee's calendar (after a cancellation).
 */
export function eventCalendar(event: CalendarEvent, { url, cancelled = false }: { url: string; cancelled?: boolean }): string {
  const calendar = ical({
    prodId: { company: "Rencontres ESS", product: "Inscriptions", language: "FR" },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    timezone: { name: TIME_ZONE, generator: getVtimezoneComponent },
  });
  calendar.createEvent({
    id: calendarUid(event.id, new URL(url).hostname),
    sequence: event.calendarSequence + (cancelled ? 1 : 0),
    // A TZDate, not a Date: ical-generator writes a plain Date in the server's own time zone.
    start: new TZDate(event.startsAt, TIME_ZONE),
    end: new TZDate(event.endsAt, TIME_ZONE),
    timezone: TIME_ZONE,
    summary: event.title,
    description: event.summary,
    location: [event.venue, event.address, event.city].filter(Boolean).join(", "),
    url,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
