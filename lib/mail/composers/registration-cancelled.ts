import "server-only";
import { createElement } from "react";
import { z } from "zod";
import RegistrationCancelled from "../../../emails/registration-cancelled";
import { env } from "../../env";
import { calendarFile } from "../attachments";
import type { EmailComposer } from "../composer";
import { PREVIEW_ATTENDEE, PREVIEW_EVENT } from "./preview-views";
import { registrationView, type RegistrationView } from "./registration-view";

const reasonSchema = z.enum(["ATTENDEE", "OFFER_DECLINED", "ORGANISER", "EMAIL_NOT_CONFIRMED"]);

interface CancelledView extends RegistrationView {
  reason: z.infer<typeof reasonSchema>;
}

/** A registration is cancelled, or an offer declined: the calendar file removes the day. */
export const registrationCancelledComposer: EmailComposer<{ reason: CancelledView["reason"] }, CancelledView> = {
  // Written by release-registration.ts; the attendee's own cancellation is the usual wording.
  payload: z.object({ reason: reasonSchema.catch("ATTENDEE") }),
  load: ({ reason }, row) => ({ ...registrationView(row), reason }),
  compose: ({ attendee, event, reason }) => ({
    subject: `Inscription annulée : ${event.shown.title}`,
    element: createElement(RegistrationCancelled, { firstName: attendee.firstName, event: event.shown, reason, registerUrl: `${env.APP_URL}/inscription?evenement=${event.slug}` }),
    replyTo: event.replyTo ?? undefined,
    icalEvent: calendarFile(event, true),
  }),
  preview: { attendee: PREVIEW_ATTENDEE, event: PREVIEW_EVENT, reason: "ATTENDEE" },
};
