import { z } from "zod";
import { AppError } from "../errors";
import type { FieldErrors } from "../field-errors";
import { QUESTION_TYPE_SPECS, type AnswerValue, type AskedQuestion } from "./question-types";
import type { AnswersInput } from "./schema";

/** The form field, and the error's key, of a day's question: « answers.<event slug>.<question key> ». */
export const answerField = (eventSlug: string, key: string) => `answers.${eventSlug}.${key}`;

/** An answer checked against its question, ready to store. */
export interface CheckedAnswer {
  eventSlug: string;
  questionId: string;
  value: AnswerValue;
}

/**
 * The zod schema of one day's answers, built from its questions: each answer checked by its type,
 * the required ones asked for, unknown keys refused. The same schema checks the form (without
 * JavaScript too) and the JSON API.
 */
export function dayAnswersSchema(questions: AskedQuestion[]) {
  const asked = questions.filter((question) => !question.archived);
  const shape = Object.fromEntries(asked.map((question) => [question.key, QUESTION_TYPE_SPECS[question.type].schema(question)]));
  // At the object's level: zod does not run an optional key's schema when the key is absent.
  return z.strictObject(shape, { error: "Réponses attendues sous forme d'objet." }).superRefine((answers, context) => {
    for (const question of asked) {
      if (question.required && (answers as Record<string, unknown>)[question.key] === undefined) {
        context.addIssue({ code: "custom", path: [question.key], message: `Répondez à la question « ${question.label} ».` });
      }
    }
  });
}

/**
 * Every chosen day's answers checked together: throws INVALID_INPUT with one French message per
 * question (keyed by answerField), or returns the answers given (blank ones left out).
 */
export function checkAnswers(days: { slug: string; questions: AskedQuestion[] }[], input: AnswersInput = {}): CheckedAnswer[] {
  const errors: FieldErrors = {};
  const checked: CheckedAnswer[] = [];
  for (const slug of Object.keys(input)) {
    if (!days.some((day) => day.slug === slug)) errors.answers ??= `Des réponses concernent une journée non choisie (${slug}).`;
  }
  for (const { slug, questions } of days) {
    const parsed = dayAnswersSchema(questions).safeParse(input[slug] ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === "unrecognized_keys") {
          for (const key of issue.keys) errors[answerField(slug, key)] ??= "Cette question n'existe pas ou plus : rechargez la page.";
        } else {
          errors[issue.path.length > 0 ? answerField(slug, String(issue.path[0])) : "answers"] ??= issue.message;
        }
      }
      continue;
    }
    for (const question of questions) {
      const value = (parsed.data as Record<string, AnswerValue | undefined>)[question.key];
      if (value !== undefined) checked.push({ eventSlug: slug, questionId: question.id, value });
    }
  }
  if (Object.keys(errors).length > 0) throw new AppError("INVALID_INPUT").withFieldErrors(errors);
  return checked;
}

/** How an answer is stored: its JSON text (a key appears quoted, so a filter can look for it). */
export const storedValue = (value: AnswerValue) => JSON.stringify(value);

export function readStoredValue(stored: string): AnswerValue {
  const value: unknown = JSON.parse(stored);
  return typeof value === "boolean" || typeof value === "string" || Array.isArray(value) ? (value as AnswerValue) : String(value);
}

/** A saved answer as the form shows it again: « oui »/« non », a choice's key, the ticked keys. */
export function answerFormValues(event: string, answers: Record<string, AnswerValue>): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(answers).map(([key, value]) => [answerField(event, key), typeof value === "boolean" ? (value ? "oui" : "non") : value]),
  );
}
