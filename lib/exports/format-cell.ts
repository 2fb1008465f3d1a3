import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "../dates";

/** "28/11/2026 14:05", in Paris time: how text exports write a date. */
export const formatInTimeZone = (date: Date) => format(new TZDate(date, TIME_ZONE), "dd/MM/yyyy HH:mm");

/** A date as a spreadsheet should show it: the same wall-clock time (spreadsheets have no time zones). */
export function spreadsheetDate(date: Date): Date {
  const paris = new TZDate(date, TIME_ZONE);
  return new Date(Date.UTC(paris.getFullYear(), paris.getMonth(), paris.getDate(), paris.getHours(), paris.getMinutes(), paris.getSeconds()));
}
