/**
 * When a day's door is open: from two hours before its start to its end. A tap outside it is
 * refused, and only an arrival inside it counts for the attendance certificate (an admin may record
 * a late or corrected arrival, with a reason, inside it too).
 */
export const CHECK_IN_OPENS_MINUTES_BEFORE = 120;

export interface CheckInWindow {
  opensAt: Date;
  closesAt: Date;
}

export function checkInWindow(event: { startsAt: Date; endsAt: Date }): CheckInWindow {
  return { opensAt: new Date(event.startsAt.getTime() - CHECK_IN_OPENS_MINUTES_BEFORE * 60_000), closesAt: event.endsAt };
}

/** Whether an arrival at `at` belongs to the day. */
export function withinCheckInWindow(event: { startsAt: Date; endsAt: Date }, at: Date): boolean {
  const { opensAt, closesAt } = checkInWindow(event);
  return at.getTime() >= opensAt.getTime() && at.getTime() <= closesAt.getTime();
}
