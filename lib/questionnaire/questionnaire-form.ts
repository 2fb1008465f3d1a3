import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { readQuestionnaireToken } from "../links/questionnaire-token";
import { readStoredValue } from "../questions/answers";
import type { AnswerValue, AskedQuestion } from "../questions/question-types";
import { listQuestions } from "../questions/list-questions";
import { questionnaireClosesAt } from "../questions/questionnaire-closing";

export interface QuestionnaireForm {
  event: { title: string; slug: string };
  questions: AskedQuestion[];
  /** The answers already given through this link, by question key (to change them). */
  answers: Record<string, AnswerValue>;
  closesAt: Date;
  closed: boolean;
}

/** The invite a link names, its day and the hash that finds its answers; QUESTIONNAIRE_LINK_INVALID otherwise. */
export async function questionnaireInvite(token: string) {
  const link = readQuestionnaireToken(token);
  const invite = link
    ? await db.questionnaireInvite.findUnique({
        where: { id: link.inviteId },
        include: { registration: { select: { event: { select: { id: true, slug: true, title: true, endsAt: true, questionnaireClosesAt: true, questionnaireEnabled: true } } } } },
      })
    : null;
  if (!link || !invite || !invite.registration.event.questionnaireEnabled) throw new AppError("QUESTIONNAIRE_LINK_INVALID");
  return { invite, event: invite.registration.event, linkHash: link.linkHash };
}

/** What the public answer page shows for a personal link. */
export async function questionnaireForm({ token, now = new Date() }: { token: string; now?: Date }): Promise<QuestionnaireForm> {
  const { event, linkHash } = await questionnaireInvite(token);
  const questions = (await listQuestions([event.id], { purpose: "FEEDBACK" })).get(event.id) ?? [];
  const response = await db.feedbackResponse.findUnique({ where: { linkHash }, include: { answers: { include: { question: { select: { key: true } } } } } });
  const answers = Object.fromEntries((response?.answers ?? []).map((answer) => [answer.question.key, readStoredValue(answer.value)]));
  const closesAt = questionnaireClosesAt(event);
  return { event: { title: event.title, slug: event.slug }, questions, answers, closesAt, closed: now >= closesAt };
}
