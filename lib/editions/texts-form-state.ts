import type { FormState } from "../form-state";
import type { EditionTexts } from "./edition-texts";

/** The series form's answer: a form state, with the texts as the public pages would show them when previewed. */
export interface EditionTextsFormState extends FormState {
  preview?: EditionTexts;
}

export type EditionTextsFormAction = (previous: EditionTextsFormState | null, formData: FormData) => Promise<EditionTextsFormState>;
