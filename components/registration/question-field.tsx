import { ChoiceGroup } from "@/components/ui/choice-group";
import type { ErrorTarget } from "@/components/ui/error-summary";
import { choiceId } from "@/components/ui/field-ids";
import { TextField } from "@/components/ui/text-field";
import type { FieldErrors } from "@/lib/field-errors";
import type { FormValues } from "@/lib/form-state";
import { answerField } from "@/lib/questions/answers";
import type { AskedQuestion } from "@/lib/questions/question-types";
import { listValue, textValue } from "./form-values";

const YES_NO = [
  { value: "oui", label: "Oui" },
  { value: "non", label: "Non" },
];

const activeChoices = (question: AskedQuestion) => question.choices.filter((choice) => !choice.archived).map((choice) => ({ value: choice.key, label: choice.label }));

/** One organisers' question as a form field named answerField(event, key), by its type. */
export function QuestionField({ event, question, values, errors }: { event: string; question: AskedQuestion; values: FormValues | undefined; errors: FieldErrors }) {
  const id = answerField(event, question.key);
  const common = { id, hint: question.help ?? undefined, error: errors[id] };
  const legend = question.required ? question.label : `${question.label} (facultatif)`;
  switch (question.type) {
    case "SHORT_TEXT":
    case "LONG_TEXT":
      return <TextField {...common} label={question.label} optional={!question.required} rows={question.type === "LONG_TEXT" ? 4 : undefined} defaultValue={textValue(values, id)} />;
    case "YES_NO":
      return <ChoiceGroup {...common} type="radio" legend={legend} options={YES_NO} checked={listValue(values, id)} inline />;
    case "SINGLE_CHOICE":
      return <ChoiceGroup {...common} type="radio" legend={legend} options={activeChoices(question)} checked={listValue(values, id)} />;
    case "MULTIPLE_CHOICE":
      return <ChoiceGroup {...common} type="checkbox" legend={legend} options={activeChoices(question)} checked={listValue(values, id)} />;
  }
}

/** Where the error summary sends the focus for each question. */
export function questionTargets(event: string, questions: AskedQuestion[]): ErrorTarget[] {
  return questions.map((question) => {
    const id = answerField(event, question.key);
    if (question.type === "YES_NO") return { field: id, id: choiceId(id, "oui") };
    if (question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_CHOICE") return { field: id, id: choiceId(id, activeChoices(question)[0]?.value ?? "") };
    return { field: id, id };
  });
}

/** A day's questions, under the day on the registration form and on the manage page. */
export function DayQuestions({ event, questions, values, errors }: { event: string; questions: AskedQuestion[]; values: FormValues | undefined; errors: FieldErrors }) {
  return (
    <>
      {questions.map((question) => (
        <QuestionField key={question.key} event={event} question={question} values={values} errors={errors} />
      ))}
    </>
  );
}
