import "server-only";
import { createElement } from "react";
import EventReminder from "../../../emails/event-reminder";
import { ticketComposer } from "./ticket-email";

/** A few days before the day, to confirmed attendees. */
export const eventReminderComposer = ticketComposer({
  subject: (event) => `Rappel : ${event.shown.title}, le ${event.shortDate}`,
  element: (props) => createElement(EventReminder, props),
});
