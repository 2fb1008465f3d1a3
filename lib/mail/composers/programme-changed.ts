import "server-only";
import { createElement } from "react";
import { z } from "zod";
import ProgrammeChanged from "../../../emails/programme-changed";
import { calendarFile } from "../attachments";
import type { EmailComposer } from "../composer";
import { PREVIEW_ATTENDEE, PREVIEW_EVENT } from "./preview-views";
import { registrationView, type RegistrationView } from "./registration-view";

export interface ProgrammeChangedView extends RegistrationView {
  /** The announced changes, in French (lib/programme). */
  changes: string[];
}

/** An admin announced a day's changes: them, the programme as it now is, and the updated calendar file. */
export const programmeChangedComposer: EmailComposer<{ changes: string[] }, ProgrammeChangedView> = {
  payload: z.object({ changes: z.array(z.string()).default([]) }),
  load: ({ changes }, row) => ({ ...registrationView(row), changes }),
  compose: ({ attendee, event, changes }) => ({
    subject: `Programme modifié : ${event.shown.title}`,
    element: createElement(ProgrammeChanged, { firstName: attendee.firstName, event: event.shown, changes, programme: event.programme, manageUrl: attendee.manageUrl }),
    replyTo: event.replyTo ?? undefined,
    icalEvent: calendarFile(event),
  }),
  preview: {
    attendee: PREVIEW_ATTENDEE,
    event: PREVIEW_EVENT,
    changes: ProgrammeChanged.PreviewProps.changes,
  },
};
