import "server-only";
import type { Attendee, Prisma } from "../db/models";
import { env } from "../env";
import { manageTokenFor } from "../links/manage-token";
import type { CalendarEvent } from "./calendar";
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

/** What an email shows of its recipient: nothing they typed until their address is proven. */
export interface AttendeeView {
  firstName: string | null;
  manageUrl: string;
}

export function attendeeView(attendee: Pick<Attendee, "id" | "firstName" | "manageTokenVersion" | "emailVerifiedAt">): AttendeeView {
  return {
    // Until the address is proven, whoever typed it may not be its owner: nothing they typed goes into an email.
    firstName: attendee.emailVerifiedAt !== null ? attendee.firstName : null,
    manageUrl: `${env.APP_URL}/inscription/gerer/${manageTokenFor(attendee.id, attendee.manageTokenVersion)}`,
  };
}

/** What the emails about a registration show of its event, and what its calendar file says. */
export interface EventView {
  shown: EmailEvent;
  programme: EmailProgrammeItem[];
  /** « 26 juin 2030 », for subjects. */
  shortDate: string;
  slug: string;
  /** The event's own reply-to address, if it has one. */
  replyTo: string | null;
  calendar: CalendarEvent;
}

export function eventView(event: EventWithProgramme): EventView {
  return {
    shown: emailEvent(event),
    programme: emailProgramme(event),
    shortDate: formatLongDate(event.startsAt, { weekday: false }),
    slug: event.slug,
    replyTo: event.replyTo,
    calendar: {
      id: event.id,
      title: event.title,
      summary: event.summary,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      venue: event.venue,
      address: event.address,
      city: event.city,
      calendarSequence: event.calendarSequence,
    },
  };
}

/** A day named in a list: « Journée nationale (samedi 26 juin 2030) ». */
export function dayLabel(event: { title: string; startsAt: Date }): string {
  return `${event.title} (${formatLongDate(event.startsAt)})`;
}

/** The recipient a back-office preview shows: the first person's first name, a placeholder link. */
export function previewRecipient(firstName: string | undefined): AttendeeView {
  return { firstName: firstName ?? "Prénom", manageUrl: `${env.APP_URL}/inscription/gerer/…` };
}
