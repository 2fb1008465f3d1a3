import { clock } from "../dates";

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
