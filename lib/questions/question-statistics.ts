import "server-only";
import { db } from "../db/client";
import { readStoredValue } from "./answers";
import { listQuestions } from "./list-questions";
import type { AnswerValue, AskedQuestion } from "./question-types";

export interface QuestionTally {
  question: AskedQuestion;
  /** Per choice (« Oui », « Non » for yes/no), in the form's order, archived choices that were chosen last. */
  counts: { label: string; count: number }[];
  /** Active registrations that answered. */
  answered: number;
}

/** The answers to a day's choice and yes/no questions still asked, counted over its active registrations. */
export async function questionStatistics(eventId: string): Promise<QuestionTally[]> {
  const questions = ((await listQuestions([eventId])).get(eventId) ?? []).filter((question) => question.type !== "SHORT_TEXT" && question.type !== "LONG_TEXT");
  if (questions.length === 0) return [];
  const answers = await db.answer.findMany({
    where: { questionId: { in: questions.map((question) => question.id) }, registration: { status: { not: "CANCELLED" } } },
    select: { questionId: true, value: true },
  });
  return questions.map((question) => tallyAnswers(question, answers.filter((answer) => answer.questionId === question.id).map((answer) => readStoredValue(answer.value))));
}

/** One choice or yes/no question's answers counted (also for the questionnaire's results). */
export function tallyAnswers(question: AskedQuestion, values: AnswerValue[]): QuestionTally {
  const chosen = (key: string) => values.filter((value) => (Array.isArray(value) ? value.includes(key) : value === key)).length;
  const counts =
    question.type === "YES_NO"
      ? [
          { label: "Oui", count: values.filter((value) => value === true).length },
          { label: "Non", count: values.filter((value) => value === false).length },
        ]
      : question.choices
          .map((choice) => ({ label: choice.archived ? `${choice.label} (choix retiré)` : choice.label, count: chosen(choice.key), archived: choice.archived }))
          .filter((choice) => !choice.archived || choice.count > 0)
          .map(({ label, count }) => ({ label, count }));
  return { question, counts, answered: values.length };
}
