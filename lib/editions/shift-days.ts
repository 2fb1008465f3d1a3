import { TZDate } from "@date-fns/tz";
import { TIME_ZONE, parisTime } from "../dates";
import { splitDate } from "../validation";

const DAY = 86_400_000;

/** Calendar days from one Paris date ("2030-06-26") to another. */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => Date.UTC(...(splitDate(date).map((part, index) => (index === 1 ? part - 1 : part)) as [number, number, number]));
  return Math.round((utc(to) - utc(from)) / DAY);
}

/** The same wall-clock time in Paris, `days` calendar days later (summer time changes included). */
export function shiftByDays(date: Date, days: number): Date {
  const paris = new TZDate(date, TIME_ZONE);
  return parisTime(paris.getFullYear(), paris.getMonth() + 1, paris.getDate() + days, paris.getHours(), paris.getMinutes());
}

/** The date suggested for a day of the next edition: the same weekday, a year later (52 weeks). */
export const suggestedNextDate = (date: Date) => shiftByDays(date, 364);

/** « journee-nationale » → « journee-nationale-2031 »; « nancy-2031 » → « nancy-2032 ». */
export const suggestedSlug = (slug: string, year: number) => `${slug.replace(/-\d{4}$/, "")}-${year}`;

/**
 * « 2es Rencontres … » → « 3es Rencontres … », « 1re Rencontre » → « 2e Rencontre »: the next ordinal,
 * singular or plural as it was (1er, 1re, 1ère, 2e, 2ème… and their plurals), written 2e / 2es; a
 * title without an ordinal stays as it is.
 */
export const suggestedTitle = (title: string) =>
  title.replace(/^(\d+)(ers|er|ères|ère|res|re|èmes|ème|es|e)(?![\p{L}\p{N}])/u, (_, number: string, suffix: string) => `${Number(number) + 1}${suffix.endsWith("s") ? "es" : "e"}`);
