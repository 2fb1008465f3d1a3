import "server-only";
import { z } from "zod";
import type { ReactElement } from "react";
import type { EmailChoices, TicketEmailProps } from "../../../emails/types";
import { calendarFile, ticketAttachment } from "../attachments";
import { needAttendee, needRegistration, type EmailComposer, type OutboxRow } from "../composer";
import { attendeeView, eventView, type AttendeeView, type EventView } from "../email-content";
import { PREVIEW_ATTENDEE, PREVIEW_EVENT, PREVIEW_TICKET_CODE } from "./preview-views";
import { PREVIEW_CHOICES } from "../../../emails/preview-data";

export interface TicketView {
  attendee: AttendeeView;
  event: EventView;
  choices: EmailChoices;
  /** As stored: 8 characters. */
  ticketCode: string;
}

/**
 * The registration's ticket and choices. Its code was given when the registration was written (or by
 * the start-up backfill for older rows): a registration without one is an error here, never a write.
 */
function ticketView(row: OutboxRow): TicketView {
  const attendee = needAttendee(row);
  const registration = needRegistration(row);
  if (!registration.ticketCode) throw new Error(`registration ${registration.id} has no ticket code (given when a registration is written, and to older rows at start-up)`);
  const verified = attendee.emailVerifiedAt !== null;
  return {
    attendee: attendeeView(attendee),
    event: eventView(registration.event),
    choices: {
      lunch: registration.event.kind === "NATIONAL" ? registration.lunch : null,
      dietaryNeeds: verified ? attendee.dietaryNeeds : null,
      accessibilityNeeds: verified ? attendee.accessibilityNeeds : null,
    },
    ticketCode: registration.ticketCode,
  };
}

/** What the templates with a ticket receive. */
export type TicketProps = TicketEmailProps;

/** A kind of email that carries the ticket, the programme and the calendar file: its subject and template. */
export function ticketComposer({ subject, element }: { subject: (event: EventView) => string; element: (props: TicketProps) => ReactElement }): EmailComposer<object, TicketView> {
  return {
    payload: z.object({}),
    load: (_, row) => ticketView(row),
    async compose({ attendee, event, choices, ticketCode }) {
      const ticket = await ticketAttachment(ticketCode);
      const props = { firstName: attendee.firstName, event: event.shown, programme: event.programme, choices, manageUrl: attendee.manageUrl, qrCodeSrc: ticket.qrCodeSrc, ticketCode: ticket.ticketCode };
      return { subject: subject(event), element: element(props), replyTo: event.replyTo ?? undefined, attachments: [ticket.attachment], icalEvent: calendarFile(event) };
    },
    preview: { attendee: PREVIEW_ATTENDEE, event: PREVIEW_EVENT, choices: PREVIEW_CHOICES, ticketCode: PREVIEW_TICKET_CODE },
  };
}
