import "server-only";
import { createElement } from "react";
import RegistrationConfirmed from "../../../emails/registration-confirmed";
import { ticketComposer } from "./ticket-email";

/** A place from the waiting list is confirmed (an offer accepted, or confirmed directly). */
export const placeConfirmedComposer = ticketComposer({
  subject: (event) => `Place confirmée : ${event.shown.title} (${event.shortDate})`,
  element: (props) => createElement(RegistrationConfirmed, { ...props, fromWaitlist: true }),
});
