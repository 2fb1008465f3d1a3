import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE, toParisIsoLocal } from "../dates";
import type { Event } from "../generated/sqlite/client";

const paris = (date: Date, pattern: string) => format(new TZDate(date, TIME_ZONE), pattern);

/** An event as the back-office form shows it (text of each field), ready for eventInputSchema. */
export function eventFormValues(event: Event): Record<string, string> {
  return {
    title: event.title,
    slug: event.slug,
    kind: event.kind,
    region: event.region ?? "",
    summary: event.summary,
    date: paris(event.startsAt, "yyyy-MM-dd"),
    startTime: paris(event.startsAt, "HH:mm"),
    endTime: paris(event.endsAt, "HH:mm"),
    city: event.city,
    venue: event.venue ?? "",
    address: event.address ?? "",
    host: event.host ?? "",
    capacity: String(event.capacity),
    registrationOpensAt: event.registrationOpensAt ? toParisIsoLocal(event.registrationOpensAt) : "",
    registrationClosesAt: event.registrationClosesAt ? toParisIsoLocal(event.registrationClosesAt) : "",
    waitlistMode: event.waitlistMode,
    offerHours: String(event.offerHours),
    reminderDaysBefore: String(event.reminderDaysBefore),
    replyTo: event.replyTo ?? "",
  };
}
