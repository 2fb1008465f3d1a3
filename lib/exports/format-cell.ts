import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "../dates";

/** A date as a spreadsheet should show it: the same wall-clock time (spreadsheets have no time zones). */
export function spreadsheetDate(date: Date): Date {
  const paris = new TZDate(date, TIME_ZONE);
  return new Date(Date.UTC(paris.getFullYear(), paris.getMonth(), paris.getDate(), paris.getHours(), paris.getMinutes(), paris.getSeconds()));
}
