import "server-only";
import { db } from "../db/client";
import { readStoredValue } from "../questions/answers";
import { listQuestions } from "../questions/list-questions";
import { tallyAnswers, type QuestionTally } from "../questions/question-statistics";
import { answerText, type AskedQuestion } from "../questions/question-types";

export type QuestionResult = { kind: "chart"; tally: QuestionTally } | { kind: "texts"; question: AskedQuestion; texts: string[] };

export interface QuestionnaireResults {
  sent: number;
  responses: number;
  questions: QuestionResult[];
}

/**
 * A day's questionnaire results: per question its counts (choices, yes/no) or its free-text
 * answers, in an order that says nothing of who answered (texts sorted alphabetically).
 */
export async function questionnaireResults(eventId: string): Promise<QuestionnaireResults> {
  const questions = (await listQuestions([eventId], { purpose: "FEEDBACK", archived: true })).get(eventId) ?? [];
  const [sent, responses, answers] = await Promise.all([
    db.questionnaireInvite.count({ where: { eventId } }),
    db.feedbackResponse.count({ where: { eventId } }),
    db.feedbackAnswer.findMany({ where: { response: { eventId } }, select: { questionId: true, value: true } }),
  ]);
  const valuesOf = (question: AskedQuestion) => answers.filter((answer) => answer.questionId === question.id).map((answer) => readStoredValue(answer.value));
  return {
    sent,
    responses,
    questions: questions
      .filter((question) => !question.archived || valuesOf(question).length > 0)
      .map((question): QuestionResult =>
        question.type === "SHORT_TEXT" || question.type === "LONG_TEXT"
          ? { kind: "texts", question, texts: valuesOf(question).map((value) => answerText(question, value)).sort((a, b) => a.localeCompare(b, "fr")) }
          : { kind: "chart", tally: tallyAnswers(question, valuesOf(question)) },
      ),
  };
}
