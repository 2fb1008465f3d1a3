import "server-only";
import { createElement } from "react";
import { z } from "zod";
import OfferExpired from "../../../emails/offer-expired";
import type { EmailComposer } from "../composer";
import { PREVIEW_ATTENDEE, PREVIEW_EVENT } from "./preview-views";
import { registrationView, type RegistrationView } from "./registration-view";

/** An offered place was not taken in time. */
export const offerExpiredComposer: EmailComposer<object, RegistrationView> = {
  payload: z.object({}),
  load: (_, row) => registrationView(row),
  compose: ({ attendee, event }) => ({
    subject: `Proposition de place expirée : ${event.shown.title}`,
    element: createElement(OfferExpired, { firstName: attendee.firstName, event: event.shown, manageUrl: attendee.manageUrl }),
    replyTo: event.replyTo ?? undefined,
  }),
  preview: { attendee: PREVIEW_ATTENDEE, event: PREVIEW_EVENT },
};
