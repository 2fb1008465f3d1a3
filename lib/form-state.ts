import type { FieldErrors } from "./field-errors";

/** What a person typed in a form, kept as text to be shown back after an error. */
export type FormValues = Record<string, string | string[]>;

/** What a form's server action answers: errors with the typed values, or what was done. */
export interface FormState {
  errors: FieldErrors;
  values?: FormValues;
  /** A French sentence saying what was done. */
  done?: string;
}

/** A server action used by a form through useActionState (pages pass it to components). */
export type FormAction = (previous: FormState | null, formData: FormData) => Promise<FormState>;
