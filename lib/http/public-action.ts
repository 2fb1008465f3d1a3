import "server-only";
import type { FormState, FormValues } from "../form-state";
import { formErrorState } from "./form-error";

/**
 * Every public server action runs in this (after checkActionArguments): what `run` answers, or its
 * error as the form's answer (lib/http/form-error.ts) with `values`, what was typed, kept. `run`
 * may parse with parseInput (lib/field-errors.ts), throw an AppError, or redirect().
 */
export async function publicAction(values: FormValues | undefined, run: () => Promise<FormState>): Promise<FormState> {
  try {
    return await run();
  } catch (error) {
    return formErrorState(error, values);
  }
}
