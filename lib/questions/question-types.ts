import { z } from "zod";
import { isSafeText, nfc } from "../validation";

export const QUESTION_TYPES = ["SHORT_TEXT", "LONG_TEXT", "YES_NO", "SINGLE_CHOICE", "MULTIPLE_CHOICE"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
/** Asked on the registration form, or in the questionnaire after the day. */
export type { QuestionPurpose } from "../db/models";

/** An answer as the JSON API reads and writes it: a text, yes/no, a choice's key or a list of them. */
export type AnswerValue = string | boolean | string[];

/** A question as the form asks it and the exports read it (plain data, for pages and components too). */
export interface AskedQuestion {
  id: string;
  key: string;
  type: QuestionType;
  label: string;
  help: string | null;
  required: boolean;
  sensitive: boolean;
  archived: boolean;
  /** Choice questions' choices in order, archived ones included (flagged) so old answers still read. */
  choices: { key: string; label: string; archived: boolean }[];
}

interface QuestionTypeSpec {
  /** How the admin pages name the type. */
  label: string;
  hasChoices: boolean;
  /** The answer checked against the question; undefined when left blank. */
  schema: (question: AskedQuestion) => z.ZodType<AnswerValue | undefined>;
  /** The answer in words, for pages and exports. */
  text: (value: AnswerValue, question: AskedQuestion) => string;
}

const blankToUndefined = (value: unknown) => (value === "" || value === null || (Array.isArray(value) && value.length === 0) ? undefined : value);

const text = (question: AskedQuestion, max: number, lines: boolean) =>
  z.preprocess(
    (value) => (typeof value === "string" ? blankToUndefined(value.trim()) : value),
    z
      .string({ error: `« ${question.label} » : texte attendu.` })
      .overwrite(nfc)
      .transform((value) => (lines ? value.replace(/\r\n?/g, "\n") : value))
      .refine((value) => value.length <= max, `« ${question.label} » : ${max} caractères au plus.`)
      .refine((value) => isSafeText(value, { lines }), `« ${question.label} » contient des caractères non autorisés (invisibles ou de mise en forme).`)
      .optional(),
  );

const activeKeys = (question: AskedQuestion) => question.choices.filter((choice) => !choice.archived).map((choice) => choice.key);

const choiceKey = (question: AskedQuestion) =>
  z.string({ error: `« ${question.label} » : choisissez une des réponses proposées.` }).refine((key) => activeKeys(question).includes(key), `« ${question.label} » : choisissez une des réponses proposées.`);

/** A choice's label, marked when the choice was removed since the answer was given. */
const choiceText = (question: AskedQuestion, key: string) => {
  const choice = question.choices.find((candidate) => candidate.key === key);
  if (!choice) return `${key} (choix supprimé)`;
  return choice.archived ? `${choice.label} (choix retiré)` : choice.label;
};

/**
 * Every question type: how it is checked and read. A new type is one entry here, one in the
 * schema's enum, and how the form shows it (components/registration/question-field.tsx).
 */
export const QUESTION_TYPE_SPECS: Record<QuestionType, QuestionTypeSpec> = {
  SHORT_TEXT: { label: "Texte court", hasChoices: false, schema: (question) => text(question, 200, false), text: String },
  LONG_TEXT: { label: "Texte long", hasChoices: false, schema: (question) => text(question, 2000, true), text: String },
  YES_NO: {
    label: "Oui / non",
    hasChoices: false,
    // The form sends « oui » or « non », the JSON API a boolean.
    schema: (question) =>
      z.preprocess(
        (value) => (value === "oui" ? true : value === "non" ? false : blankToUndefined(value)),
        z.boolean({ error: `« ${question.label} » : répondez par oui ou par non.` }).optional(),
      ),
    text: (value) => (value === true ? "Oui" : "Non"),
  },
  SINGLE_CHOICE: {
    label: "Un choix dans une liste",
    hasChoices: true,
    schema: (question) => z.preprocess(blankToUndefined, choiceKey(question).optional()),
    text: (value, question) => choiceText(question, String(value)),
  },
  MULTIPLE_CHOICE: {
    label: "Plusieurs choix dans une liste",
    hasChoices: true,
    // The form sends one value per ticked box: a single one arrives as a string.
    schema: (question) =>
      z.preprocess(
        (value) => blankToUndefined(typeof value === "string" ? [value] : value),
        z
          .array(choiceKey(question), { error: `« ${question.label} » : choisissez parmi les réponses proposées.` })
          .transform((keys) => activeKeys(question).filter((key) => keys.includes(key)))
          .optional(),
      ),
    text: (value, question) => (Array.isArray(value) ? value : [String(value)]).map((key) => choiceText(question, key)).join(" ; "),
  },
};

/** The answer in words: « Oui », a choice's label, the text typed. */
export function answerText(question: AskedQuestion, value: AnswerValue): string {
  return QUESTION_TYPE_SPECS[question.type].text(value, question);
}
