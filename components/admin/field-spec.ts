import type { ChoiceOption } from "@/components/ui/choice";

interface BaseField {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
}

/** One field of a back-office form, described as data so that server pages can declare their forms. */
export type FieldSpec =
  | (BaseField & { type: "text" | "email" | "number" | "date" | "time" | "datetime-local"; autoComplete?: "off" | "email" | "name"; readOnly?: boolean })
  | (BaseField & { type: "textarea"; rows?: number })
  | (BaseField & { type: "select" | "radio" | "checkboxes"; options: ChoiceOption[] });

export interface FieldGroup {
  /** A heading above the group's fields (a fieldset legend), or none. */
  title?: string;
  fields: FieldSpec[];
}
