import "server-only";
import { createElement } from "react";
import { z } from "zod";
import PlaceOffered from "../../../emails/place-offered";
import { needRegistration, type EmailComposer } from "../composer";
import { deadlineLabel } from "../email-content";
import { PREVIEW_ATTENDEE, PREVIEW_EVENT } from "./preview-views";
import { registrationView, type RegistrationView } from "./registration-view";

interface PlaceOfferedView extends RegistrationView {
  deadlineLabel: string;
}

/** A place is offered from the waiting list: until when, and where to answer. */
export const placeOfferedComposer: EmailComposer<object, PlaceOfferedView> = {
  payload: z.object({}),
  load(_, row) {
    const expiresAt = needRegistration(row).waitlistEntry?.offerExpiresAt ?? new Date();
    return { ...registrationView(row), deadlineLabel: deadlineLabel(expiresAt) };
  },
  compose: ({ attendee, event, deadlineLabel }) => ({
    subject: `Une place vous est proposée : ${event.shown.title}`,
    element: createElement(PlaceOffered, {
      firstName: attendee.firstName,
      event: event.shown,
      deadlineLabel,
      answerUrl: `${attendee.manageUrl}#offre-${event.slug}`,
      manageUrl: attendee.manageUrl,
    }),
    replyTo: event.replyTo ?? undefined,
  }),
  preview: { attendee: PREVIEW_ATTENDEE, event: PREVIEW_EVENT, deadlineLabel: PlaceOffered.PreviewProps.deadlineLabel },
};
