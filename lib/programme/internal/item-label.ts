import { formatTime } from "../../dates";

export const timeRangeLabel = (start: Date, end: Date | null) => (end ? `${formatTime(start)} – ${formatTime(end)}` : formatTime(start));

/** « Table ronde n°1 » (10 h 45 – 12 h) */
export const itemLabel = (item: { title: string; startsAt: Date; endsAt: Date | null }) =>
  `« ${item.title} » (${timeRangeLabel(item.startsAt, item.endsAt)})`;
