import { z } from "zod";
import { optionalText, requiredText } from "../validation";
import { QUESTION_TYPES } from "./question-types";

/** A question's or a choice's key: lower-case words joined by hyphens, as in the JSON API. */
export const questionKeySchema = z
  .string({ error: "Identifiant attendu." })
  .max(60, "L'identifiant : 60 caractères au plus.")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "L'identifiant ne peut contenir que des lettres minuscules sans accent, des chiffres et des traits d'union, par exemple « atelier-apres-midi ».");

/** A stored answer as the JSON API serves it (registrations' `answers`, keyed by question key). */
export const answerValueSchema = z.union([z.string(), z.boolean(), z.array(z.string())]).meta({
  description: "SHORT_TEXT, LONG_TEXT: the text; YES_NO: a boolean; SINGLE_CHOICE: the choice's key; MULTIPLE_CHOICE: the choices' keys",
});

/** A value as the form or the JSON API sends it, checked against its question later (answers.ts). */
export const answerInputValue = z.union([z.string().max(5000, "Réponse trop longue."), z.boolean(), z.array(z.string().max(100)).max(50)], {
  error: "Réponse attendue : un texte, un booléen ou une liste de choix.",
});

/** Answers per event slug, then per question key: { "journee-nationale": { "atelier": "oui" } }. */
export const answersInputSchema = z.record(
  z.string().max(80, "Cette journée n'existe pas."),
  z.record(questionKeySchema, answerInputValue, { error: "Les réponses d'une journée : un objet par identifiant de question." }),
  { error: "Les réponses : un objet par journée." },
);

export type AnswersInput = z.infer<typeof answersInputSchema>;

const yes = z.enum(["oui", "non"], { error: "Répondez par oui ou par non." }).transform((value) => value === "oui");

/** One choice a line, each at most 200 characters, without repeats. */
const choiceLines = (label: string) =>
  optionalText(label, 4000, { lines: true })
    .transform((text) => [...new Set((text ?? "").split("\n").map((line) => line.trim()).filter(Boolean))])
    .refine((lines) => lines.every((line) => line.length <= 200), `${label.charAt(0).toUpperCase()}${label.slice(1)} : 200 caractères au plus par choix.`)
    .refine((lines) => lines.length <= 50, "50 choix au plus.");

const common = {
  label: requiredText("l'intitulé de la question", 300),
  help: optionalText("le texte d'aide", 500),
  required: yes,
  sensitive: yes,
};

/** A new question (the admin form's names). Choice questions need two choices at least. */
export const questionInputSchema = z
  .object({
    ...common,
    type: z.enum(QUESTION_TYPES, { error: "Choisissez le type de question." }),
    key: z.preprocess((value) => (typeof value === "string" ? value.trim() || undefined : value), questionKeySchema.optional()),
    choices: choiceLines("les choix"),
  })
  .superRefine((input, context) => {
    if ((input.type === "SINGLE_CHOICE" || input.type === "MULTIPLE_CHOICE") && input.choices.length < 2) {
      context.addIssue({ code: "custom", path: ["choices"], message: "Indiquez au moins deux choix, un par ligne." });
    }
  });

export type QuestionInput = z.infer<typeof questionInputSchema>;

/** The prefix of the fields that rename an existing choice: « choix.<key> ». */
export const CHOICE_LABEL_FIELD = "choix.";

/** An existing question's changes: texts, required, sensitive, choices renamed or added (the type stays). */
export const questionUpdateSchema = z.preprocess(
  (values) => {
    if (typeof values !== "object" || values === null) return values;
    const labels = Object.entries(values).filter(([name]) => name.startsWith(CHOICE_LABEL_FIELD));
    return { ...values, choiceLabels: Object.fromEntries(labels.map(([name, label]) => [name.slice(CHOICE_LABEL_FIELD.length), label])) };
  },
  z.object({
    ...common,
    newChoices: choiceLines("les nouveaux choix"),
    choiceLabels: z.record(questionKeySchema, requiredText("le libellé de chaque choix", 200)),
  }),
);

export type QuestionUpdate = z.infer<typeof questionUpdateSchema>;
