import "server-only";
import { db } from "../db/client";
import { readStoredValue } from "../questions/answers";
import { listQuestions } from "../questions/list-questions";
import { answerText } from "../questions/question-types";
import type { Cell, ListExporter } from "./exporter";

const feedbackQuestions = async (eventId: string) => (await listQuestions([eventId], { purpose: "FEEDBACK", archived: true })).get(eventId) ?? [];

/**
 * The answers to a day's questionnaire, one row a response, anonymous: no name, no address, no
 * date, and in the order of the link's hash (random) rather than of arrival, so that nothing ties a
 * row to a person.
 */
export const questionnaireExporter: ListExporter = {
  id: "questionnaire",
  title: "Réponses au questionnaire",
  formats: ["csv", "xlsx"],
  columns: [{ id: "response", label: "Réponse n°", width: 10 }],
  async eventColumns(event) {
    return (await feedbackQuestions(event.id)).map((question) => ({ id: `question.${question.key}`, label: question.archived ? `${question.label} (archivée)` : question.label, width: 30 }));
  },
  async *rows(event) {
    const questions = await feedbackQuestions(event.id);
    const responses = await db.feedbackResponse.findMany({ where: { eventId: event.id }, select: { answers: { select: { questionId: true, value: true } } }, orderBy: { linkHash: "asc" } });
    let number = 0;
    for (const response of responses) {
      const row: Record<string, Cell> = { response: ++number };
      for (const question of questions) {
        const answer = response.answers.find((candidate) => candidate.questionId === question.id);
        row[`question.${question.key}`] = answer ? answerText(question, readStoredValue(answer.value)) : null;
      }
      yield row;
    }
  },
};
