import "server-only";
import type { Prisma } from "../db/models";
import { formatLongDate, formatTime } from "../dates";
import { PROGRAMME_KIND_LABELS } from "../programme/kind-labels";
import type { EmailEvent, EmailProgrammeItem } from "../../emails/types";

export const programmeInclude = {
  programme: {
    orderBy: [{ position: "asc" }, { startsAt: "asc" }],
    include: { speakers: { orderBy: { position: "asc" }, include: { speaker: true } } },
  },
} satisfies Prisma.EventInclude;

export type EventWithProgramme = Prisma.EventGetPayload<{ include: typeof programmeInclude }>;

const timeRange = (start: Date, end: Date | null) => (end ? `${formatTime(start)} – ${formatTime(end)}` : formatTime(start));

/** What the email templates show of an event. */
export function emailEvent(event: EventWithProgramme): EmailEvent {
  return {
    title: event.title,
    dateLabel: formatLongDate(event.startsAt),
    timeLabel: timeRange(event.startsAt, event.endsAt),
    venue: event.venue,
    address: event.address,
    city: event.city,
    host: event.host,
  };
}

export function emailProgramme(event: EventWithProgramme): EmailProgrammeItem[] {
  return event.programme.map((item) => ({
    timeLabel: timeRange(item.startsAt, item.endsAt),
    kindLabel: PROGRAMME_KIND_LABELS[item.kind],
    title: item.title,
    speakers: item.speakers.map(({ speaker, confirmed }) =>
      [speaker.title ? `${speaker.name}, ${speaker.title}` : speaker.name, confirmed ? "" : " (sous réserve)"].join(""),
    ),
  }));
}

/** "lundi 28 juin 2027 à 14 h" */
export function deadlineLabel(date: Date): string {
  return `${formatLongDate(date)} à ${formatTime(date)}`;
}
