import type { z } from "zod";
import { AppError } from "./errors";

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

/**
 * The input parsed with a domain's zod schema, or AppError('INVALID_INPUT') holding one French
 * message per field, which both edges (apiRoute, publicAction and adminAction) answer as such.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT").withFieldErrors(fieldErrors(parsed.error));
  return parsed.data;
}
