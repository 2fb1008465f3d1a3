import { formatLongDate, toParisIsoLocal } from "@/lib/dates";

/** "samedi 26 juin 2027", with the day in Paris as its machine-readable value. */
export function LongDate({ date }: { date: Date }) {
  const parisDay = toParisIsoLocal(date).slice(0, "yyyy-MM-dd".length);
  return <time dateTime={parisDay}>{formatLongDate(date)}</time>;
}
