import { TZDate } from "@date-fns/tz";
import { TIME_ZONE, formatTime, parisTime } from "../../dates";
import { AppError } from "../../errors";
import { splitTime } from "../../validation";

interface EventDay {
  startsAt: Date;
  endsAt: Date;
}

/** An item's times ("10:45") on its event's date, refused unless they fit within the event's hours. */
export function itemTimes(event: EventDay, startTime: string, endTime: string | null): { startsAt: Date; endsAt: Date | null } {
  const day = new TZDate(event.startsAt, TIME_ZONE);
  const on = (time: string) => parisTime(day.getFullYear(), day.getMonth() + 1, day.getDate(), ...splitTime(time));
  const startsAt = on(startTime);
  const endsAt = endTime ? on(endTime) : null;
  const hours = `de ${formatTime(event.startsAt)} à ${formatTime(event.endsAt)}`;
  if (startsAt < event.startsAt || startsAt >= event.endsAt) throw new AppError("OUTSIDE_EVENT_DAY", hours, "startTime");
  if (endsAt && endsAt > event.endsAt) throw new AppError("OUTSIDE_EVENT_DAY", hours, "endTime");
  return { startsAt, endsAt };
}
