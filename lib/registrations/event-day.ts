import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "../dates";

/** The Paris calendar day of an event, e.g. "2027-09-12": a person holds one event a day. */
export function eventDay(startsAt: Date): string {
  return format(new TZDate(startsAt, TIME_ZONE), "yyyy-MM-dd");
}
