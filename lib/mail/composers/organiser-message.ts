import "server-only";
import { createElement } from "react";
import { z } from "zod";
import OrganiserMessage from "../../../emails/organiser-message";
import type { EmailComposer } from "../composer";
import { PREVIEW_ATTENDEE, PREVIEW_EVENT } from "./preview-views";
import { registrationView, type RegistrationView } from "./registration-view";

export interface OrganiserMessageView extends RegistrationView {
  subject: string;
  body: string;
}

/** The organisers' message to a group of an event's attendees (lib/messages), as it was written. */
export const organiserMessageComposer: EmailComposer<{ messageId: string }, OrganiserMessageView> = {
  payload: z.object({ messageId: z.string() }),
  async load({ messageId }, row, read) {
    const message = await read.message.findUnique({ where: { id: messageId }, select: { subject: true, body: true } });
    if (!message) throw new Error("its message is gone");
    return { ...registrationView(row), ...message };
  },
  compose: ({ attendee, event, subject, body }) => ({
    subject: `${subject} — ${event.shown.title}`,
    element: createElement(OrganiserMessage, { firstName: attendee.firstName, event: event.shown, subject, body, manageUrl: attendee.manageUrl }),
    replyTo: event.replyTo ?? undefined,
  }),
  preview: {
    attendee: PREVIEW_ATTENDEE,
    event: PREVIEW_EVENT,
    subject: OrganiserMessage.PreviewProps.subject,
    body: OrganiserMessage.PreviewProps.body,
  },
};
