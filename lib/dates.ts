import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { fr } from "date-fns/locale/fr";

/** Every date of the product is shown and exchanged in the events' own time zone. */
export const TIME_ZONE = "Europe/Paris";

/** The instant of a wall-clock time in Paris. */
export function parisTime(year: number, month: number, day: number, hours = 0, minutes = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hours, minutes, 0, TIME_ZONE).getTime());
}

/** ISO 8601 with the Paris offset, e.g. 2027-06-26T09:30:00+02:00. */
export function toParisIso(date: Date): string {
  return format(new TZDate(date, TIME_ZONE), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/**
 * The one formatter of a date in words, for everything people read (pages, emails, PDFs, exports):
 * "samedi 26 juin 2027", "mercredi 1er juillet 2026"; without the weekday, "1er décembre 2026".
 * French writes the first day of a month as an ordinal (« le 1er décembre », never « le 1 décembre »),
 * which date-fns's French locale does not do ("1 décembre", or "1er"/"2ème" for every day with `do`).
 */
export function formatLongDate(date: Date, { weekday = true }: { weekday?: boolean } = {}): string {
  const paris = new TZDate(date, TIME_ZONE);
  const day = paris.getDate() === 1 ? "1er" : String(paris.getDate());
  const monthYear = format(paris, "MMMM yyyy", { locale: fr });
  return weekday ? `${format(paris, "EEEE", { locale: fr })} ${day} ${monthYear}` : `${day} ${monthYear}`;
}

/** "9 h 30", "14 h" — the French typographic convention for times. */
export function formatTime(date: Date): string {
  const paris = new TZDate(date, TIME_ZONE);
  const minutes = paris.getMinutes();
  return minutes === 0 ? `${paris.getHours()} h` : `${paris.getHours()} h ${String(minutes).padStart(2, "0")}`;
}

/** "28/11/2026 14:05" (with seconds: "14:05:09"), in Paris time: lists, journals, exports. */
export function formatDateTime(date: Date, { seconds = false } = {}): string {
  return format(new TZDate(date, TIME_ZONE), seconds ? "dd/MM/yyyy HH:mm:ss" : "dd/MM/yyyy HH:mm");
}

/** "09:30" for the datetime attribute of <time>. */
export function toParisIsoLocal(date: Date): string {
  return format(new TZDate(date, TIME_ZONE), "yyyy-MM-dd'T'HH:mm");
}

/** "09:30" of a date, in Paris: what time inputs hold. */
export const clock = (date: Date) => toParisIsoLocal(date).slice(11);

export function parisYear(date: Date): number {
  return new TZDate(date, TIME_ZONE).getFullYear();
}
