import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "../dates";

/** Days already worked out, by start time: a handful of events, asked for on every registration. */
const known = new Map<number, string>();
const MAX_KNOWN = 1000;

/** The Paris calendar day of an event, e.g. "2027-09-12": a person holds one event a day. */
export function eventDay(startsAt: Date): string {
  const time = startsAt.getTime();
  const day = known.get(time);
  if (day !== undefined) return day;
  const computed = format(new TZDate(startsAt, TIME_ZONE), "yyyy-MM-dd");
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(time, computed);
  return computed;
}
