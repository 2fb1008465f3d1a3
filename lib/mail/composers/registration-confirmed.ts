import "server-only";
import { createElement } from "react";
import RegistrationConfirmed from "../../../emails/registration-confirmed";
import { ticketComposer } from "./ticket-email";

/** A registration is confirmed. */
export const registrationConfirmedComposer = ticketComposer({
  subject: (event) => `Inscription confirmée : ${event.shown.title} (${event.shortDate})`,
  element: (props) => createElement(RegistrationConfirmed, { ...props, fromWaitlist: false }),
});
