import { TZDate } from "@date-fns/tz";
import { parisTime, TIME_ZONE } from "../dates";

/** When a day's certificates go by email: the morning after it, at its chosen time (Paris). */
export function certificatesSendTime(event: { endsAt: Date; certificatesEmailTime: string }): Date {
  const day = new TZDate(event.endsAt, TIME_ZONE);
  const [hours, minutes] = event.certificatesEmailTime.split(":").map(Number);
  return parisTime(day.getFullYear(), day.getMonth() + 1, day.getDate() + 1, hours, minutes);
}
