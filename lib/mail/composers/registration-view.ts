import "server-only";
import { needAttendee, needRegistration, type OutboxRow } from "../composer";
import { attendeeView, eventView, type AttendeeView, type EventView } from "../email-content";

/** What every email about a registration shows: its recipient, and its event. */
export interface RegistrationView {
  attendee: AttendeeView;
  event: EventView;
}

export function registrationView(row: OutboxRow): RegistrationView {
  return { attendee: attendeeView(needAttendee(row)), event: eventView(needRegistration(row).event) };
}
