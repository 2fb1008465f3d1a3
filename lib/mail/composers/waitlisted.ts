import "server-only";
import { createElement } from "react";
import { z } from "zod";
import Waitlisted from "../../../emails/waitlisted";
import { needRegistration, type EmailComposer } from "../composer";
import { PREVIEW_ATTENDEE, PREVIEW_EVENT } from "./preview-views";
import { registrationView, type RegistrationView } from "./registration-view";

interface WaitlistedView extends RegistrationView {
  position: number;
  autoConfirm: boolean;
  offerHours: number;
}

/** A registration joins a waiting list: its position at that moment, and what happens next. */
export const waitlistedComposer: EmailComposer<{ position: number }, WaitlistedView> = {
  payload: z.object({ position: z.number().int().default(1) }),
  load({ position }, row) {
    const { event } = needRegistration(row);
    return { ...registrationView(row), position, autoConfirm: event.waitlistMode === "AUTO_CONFIRM", offerHours: event.offerHours };
  },
  compose: ({ attendee, event, position, autoConfirm, offerHours }) => ({
    subject: `Liste d'attente : ${event.shown.title}`,
    element: createElement(Waitlisted, { firstName: attendee.firstName, event: event.shown, position, autoConfirm, offerHours, manageUrl: attendee.manageUrl }),
    replyTo: event.replyTo ?? undefined,
  }),
  preview: { attendee: PREVIEW_ATTENDEE, event: PREVIEW_EVENT, position: Waitlisted.PreviewProps.position, autoConfirm: false, offerHours: Waitlisted.PreviewProps.offerHours },
};
