import type { z } from "zod";

/** One French message per invalid field, keyed by the field's name ("form" for the whole input). */
export type FieldErrors = Record<string, string>;

/** The first message for each field of a failed zod parse. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "form";
    errors[key] ??= issue.code === "unrecognized_keys" ? `Champ inconnu : ${issue.keys.join(", ")}.` : issue.message;
  }
  return errors;
}
