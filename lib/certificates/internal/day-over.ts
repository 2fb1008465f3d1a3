import { formatLongDate, formatTime } from "../../dates";
import { AppError } from "../../errors";

/** Certificates go once the day is over: the hours attended are then final. */
export function dayOver(event: { endsAt: Date }, now: Date): void {
  if (now.getTime() < event.endsAt.getTime()) throw new AppError("CERTIFICATES_DAY_NOT_OVER", `fin le ${formatLongDate(event.endsAt)} à ${formatTime(event.endsAt)}`);
}
