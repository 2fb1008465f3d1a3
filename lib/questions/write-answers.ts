import "server-only";
import type { Tx } from "../db/transaction";
import { storedValue, type CheckedAnswer } from "./answers";

/** The rows of a new registration's answers (written by the registration's own transaction). */
export function answerRows(registrationId: string, eventSlug: string, answers: CheckedAnswer[]) {
  return answers.filter((answer) => answer.eventSlug === eventSlug).map((answer) => ({ registrationId, questionId: answer.questionId, value: storedValue(answer.value) }));
}

/** Stores the answers of new registrations, each under its event's registration. */
export async function writeAnswers(tx: Tx, registrations: { registrationId: string; event: { slug: string } }[], answers: CheckedAnswer[]): Promise<void> {
  const data = registrations.flatMap(({ registrationId, event }) => answerRows(registrationId, event.slug, answers));
  if (data.length > 0) await tx.answer.createMany({ data });
}

/**
 * Replaces a registration's answers to some questions (a day's questions still asked) by those
 * given: blank ones are removed. Answers to archived questions stay. Returns the questions whose
 * answer changed.
 */
export async function replaceAnswers(tx: Tx, registrationId: string, questionIds: string[], answers: CheckedAnswer[]): Promise<string[]> {
  const current = await tx.answer.findMany({ where: { registrationId, questionId: { in: questionIds } } });
  const changed: string[] = [];
  for (const questionId of questionIds) {
    const before = current.find((answer) => answer.questionId === questionId);
    const given = answers.find((answer) => answer.questionId === questionId);
    const value = given ? storedValue(given.value) : null;
    if ((before?.value ?? null) === value) continue;
    changed.push(questionId);
    if (value === null) await tx.answer.delete({ where: { id: before!.id } });
    else await tx.answer.upsert({ where: { registrationId_questionId: { registrationId, questionId } }, create: { registrationId, questionId, value }, update: { value } });
  }
  return changed;
}
