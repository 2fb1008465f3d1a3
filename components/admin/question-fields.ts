import type { AskedQuestion, QuestionPurpose } from "@/lib/questions/question-types";
import { QUESTION_TYPE_SPECS, QUESTION_TYPES } from "@/lib/questions/question-types";
import { CHOICE_LABEL_FIELD } from "@/lib/questions/schema";
import type { FormValues } from "@/lib/form-state";
import type { FieldGroup, FieldSpec } from "./field-spec";

const YES_NO = [
  { value: "non", label: "Non" },
  { value: "oui", label: "Oui" },
];

const TEXTS: FieldSpec[] = [
  { name: "label", label: "Intitulé de la question", type: "text" },
  { name: "help", label: "Texte d'aide", type: "textarea", rows: 2, optional: true, hint: "Affiché sous l'intitulé, par exemple pour préciser ce qui est attendu." },
];

const REQUIRED: FieldSpec = { name: "required", label: "Réponse obligatoire", type: "radio", options: YES_NO };

const FLAGS: FieldSpec[] = [
  REQUIRED,
  {
    name: "sensitive",
    label: "Données sensibles",
    type: "radio",
    options: YES_NO,
    hint: "Par exemple une information de santé : réponses visibles des seuls administrateur·rices, exportées seulement sur demande, anonymisées avec la personne.",
  },
];

/**
 * The flags a question of this purpose asks: a questionnaire's question is never « sensitive » (its
 * answers are anonymous and seen by organisers); its forms send « non » hidden (questionHidden).
 */
const flags = (purpose: QuestionPurpose) => (purpose === "FEEDBACK" ? [REQUIRED] : FLAGS);

/** The hidden fields of a question's forms, by purpose. */
export const questionHidden = (purpose: QuestionPurpose): Record<string, string> => (purpose === "FEEDBACK" ? { sensitive: "non" } : {});

/** The fields of a new question (names of questionInputSchema). */
export const newQuestionGroups = (purpose: QuestionPurpose): FieldGroup[] => [
  {
    fields: [
      ...TEXTS,
      { name: "type", label: "Type de réponse", type: "radio", options: QUESTION_TYPES.map((type) => ({ value: type, label: QUESTION_TYPE_SPECS[type].label })) },
      { name: "choices", label: "Choix proposés", type: "textarea", rows: 4, optional: true, hint: "Pour les questions à choix : un choix par ligne, deux au moins." },
      ...flags(purpose),
      {
        name: "key",
        label: "Identifiant",
        type: "text",
        optional: true,
        hint: "Nomme la réponse dans l'API et ne change plus. Lettres minuscules, chiffres et traits d'union ; fait à partir de l'intitulé si vide.",
      },
    ],
  },
];

export const NEW_QUESTION_INITIAL: FormValues = { type: "SHORT_TEXT", required: "non", sensitive: "non" };

/** The fields of an existing question (names of questionUpdateSchema): its choices renamed, new ones added. */
export function questionEditGroups(question: AskedQuestion, purpose: QuestionPurpose): FieldGroup[] {
  const choices = question.choices.filter((choice) => !choice.archived);
  return [
    { fields: [...TEXTS, ...flags(purpose)] },
    ...(QUESTION_TYPE_SPECS[question.type].hasChoices
      ? [
          {
            title: "Choix",
            fields: [
              ...choices.map((choice, index): FieldSpec => ({ name: `${CHOICE_LABEL_FIELD}${choice.key}`, label: `Choix ${index + 1}`, type: "text" })),
              { name: "newChoices", label: "Ajouter des choix", type: "textarea", rows: 3, optional: true, hint: "Un choix par ligne." } satisfies FieldSpec,
            ],
          },
        ]
      : []),
  ];
}

export function questionEditValues(question: AskedQuestion): FormValues {
  return {
    label: question.label,
    help: question.help ?? "",
    required: question.required ? "oui" : "non",
    sensitive: question.sensitive ? "oui" : "non",
    ...Object.fromEntries(question.choices.filter((choice) => !choice.archived).map((choice) => [`${CHOICE_LABEL_FIELD}${choice.key}`, choice.label])),
  };
}
