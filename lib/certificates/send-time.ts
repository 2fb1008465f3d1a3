import { TZDate } from "@date-fns/tz";
import { parisTime, TIME_ZONE } from "../dates";

const DAY_MS = 86_400_000;
/**
 * How long after its send time a day's certificates still go by themselves: a worker stopped for a
 * few days catches up, a day older than that (e.g. when the option arrived) is not mailed out of
 * the blue; an organiser can still send its certificates from the day's page.
 */
export const CERTIFICATES_CATCH_UP_DAYS = 7;

/** When a day's certificates go by email: the morning after it, at its chosen time (Paris). */
export function certificatesSendTime(event: { endsAt: Date; certificatesEmailTime: string }): Date {
  const day = new TZDate(event.endsAt, TIME_ZONE);
  const [hours, minutes] = event.certificatesEmailTime.split(":").map(Number);
  return parisTime(day.getFullYear(), day.getMonth() + 1, day.getDate() + 1, hours, minutes);
}

/** Whether, at `now`, the job has given up sending a day's certificates by itself (past the catch-up). */
export function certificatesCatchUpOver(sendsAt: Date, now: Date): boolean {
  return now.getTime() - sendsAt.getTime() > CERTIFICATES_CATCH_UP_DAYS * DAY_MS;
}
