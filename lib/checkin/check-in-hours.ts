import { TZDate } from "@date-fns/tz";
import { formatLongDate, formatTime, parisTime, TIME_ZONE } from "../dates";
import { splitTime } from "../validation";
import { AppError } from "../errors";
import { checkInWindow, withinCheckInWindow } from "./check-in-window";

type Day = { startsAt: Date; endsAt: Date };

/** When the day's door is open, as the door says it: « le samedi 12 septembre 2030 de 7 h 30 à 17 h ». */
export function checkInHours(event: Day): string {
  const { opensAt, closesAt } = checkInWindow(event);
  const [opensOn, closesOn] = [formatLongDate(opensAt), formatLongDate(closesAt)];
  return opensOn === closesOn
    ? `le ${opensOn} de ${formatTime(opensAt)} à ${formatTime(closesAt)}`
    : `du ${opensOn} à ${formatTime(opensAt)} au ${closesOn} à ${formatTime(closesAt)}`;
}

/** Refuses an arrival outside the day's check-in window, saying when the door is open. */
export function requireWithinCheckInWindow(event: Day, at: Date, field?: string): void {
  if (!withinCheckInWindow(event, at)) throw new AppError("OUTSIDE_CHECK_IN_WINDOW", `ouvert ${checkInHours(event)}`, field);
}

/** « 09:40 » typed for a day: that time on the day's date, in Paris. */
export function arrivalOnDay(event: { startsAt: Date }, time: string): Date {
  const day = new TZDate(event.startsAt, TIME_ZONE);
  return parisTime(day.getFullYear(), day.getMonth() + 1, day.getDate(), ...splitTime(time));
}
