import "server-only";
import { createElement } from "react";
import { z } from "zod";
import Questionnaire from "../../../emails/questionnaire";
import { env } from "../../env";
import { questionnaireTokenFor } from "../../links/questionnaire-token";
import { questionnaireClosesAt } from "../../questions/questionnaire-closing";
import { needRegistration, type EmailComposer } from "../composer";
import { deadlineLabel } from "../email-content";
import { PREVIEW_ATTENDEE, PREVIEW_EVENT } from "./preview-views";
import { registrationView, type RegistrationView } from "./registration-view";

const payloadSchema = z.object({ inviteId: z.string() });

interface QuestionnaireView extends RegistrationView {
  closesLabel: string;
  answerUrl: string;
}

const load = (payload: z.infer<typeof payloadSchema>, row: Parameters<EmailComposer["load"]>[1]): QuestionnaireView => ({
  ...registrationView(row),
  closesLabel: deadlineLabel(questionnaireClosesAt(needRegistration(row).event)),
  answerUrl: `${env.APP_URL}/questionnaire/${questionnaireTokenFor(payload.inviteId)}`,
});

const composer = (reminder: boolean): EmailComposer<z.infer<typeof payloadSchema>, QuestionnaireView> => ({
  payload: payloadSchema,
  load,
  compose: ({ attendee, event, closesLabel, answerUrl }) => ({
    subject: reminder ? `Rappel : votre avis sur la journée, ${event.shown.title}` : `Votre avis sur la journée : ${event.shown.title}`,
    element: createElement(Questionnaire, { firstName: attendee.firstName, event: event.shown, closesLabel, answerUrl, manageUrl: attendee.manageUrl, reminder }),
    replyTo: event.replyTo ?? undefined,
  }),
  preview: { attendee: PREVIEW_ATTENDEE, event: PREVIEW_EVENT, closesLabel: Questionnaire.PreviewProps.closesLabel, answerUrl: Questionnaire.PreviewProps.answerUrl },
});

/** The morning after the day, to a person who came: their personal link to the day's questionnaire. */
export const questionnaireComposer = composer(false);
/** Once, before it closes, to someone who has not answered: the same link. */
export const questionnaireReminderComposer = composer(true);
