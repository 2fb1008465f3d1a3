import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "../dates";

const clock = (date: Date) => format(new TZDate(date, TIME_ZONE), "HH:mm");

/** A programme item as its back-office form shows it. */
export function programmeItemFormValues(item: { kind: string; title: string; description: string | null; startsAt: Date; endsAt: Date | null }) {
  return {
    kind: item.kind,
    title: item.title,
    description: item.description ?? "",
    startTime: clock(item.startsAt),
    endTime: item.endsAt ? clock(item.endsAt) : "",
  };
}
