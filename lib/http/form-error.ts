import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AppError, isAppError } from "../errors";
import type { FormState, FormValues } from "../form-state";
import { log } from "../log";

/**
 * The one mapping of an error to a form's answer, for every server action (publicAction,
 * adminAction): invalid input gives one French message per field; an AppError about a field shows
 * next to that field, any other at the top of the form; anything else is logged with its cause and
 * shown as the neutral UNEXPECTED message. What was typed is kept to be shown again.
 */
export function formErrorState(error: unknown, values?: FormValues): FormState {
  // Next.js's own signals (redirect(), notFound()) are not errors.
  unstable_rethrow(error);
  const known = isAppError(error) ? error : unexpected(error);
  const errors = known.fieldErrors ?? { [known.field ?? "form"]: known.message };
  return values ? { errors, values } : { errors };
}

function unexpected(error: unknown): AppError {
  log.error({ area: "action", err: error }, "unexpected error in a server action");
  return new AppError("UNEXPECTED");
}
