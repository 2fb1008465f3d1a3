import type { EventStatus } from "@/lib/events/admin-event-types";
import { EVENT_STATUS_LABELS } from "@/lib/events/schema";

/** An event's status in words (never by colour alone). */
export function EventStatusTag({ status }: { status: EventStatus }) {
  return <span className={`tag tag--${status.toLowerCase()}`}>{EVENT_STATUS_LABELS[status]}</span>;
}
