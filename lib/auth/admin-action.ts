import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { parseInput } from "../field-errors";
import type { FormState, FormValues } from "../form-state";
import { formErrorState } from "../http/form-error";
import type { UserActor } from "../audit/actor";
import { requireUser, type PageRequirement } from "./require-user";

/** Every field of a submitted form as text; a field sent several times (checkboxes) as a list. */
export function submittedValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length === 1 ? all[0] : all;
  }
  return values;
}

/**
 * A back-office server action, in the order every one must follow: check who asks (first thing,
 * on the server), parse the form with the domain's zod schema, run one lib/ operation, and turn an
 * expected failure into French messages with everything typed kept (lib/http/form-error.ts, the
 * same mapping as the public actions'; while the database does not answer, the form says so).
 */
export async function adminAction<Schema extends z.ZodType>(
  requirement: PageRequirement,
  formData: FormData,
  schema: Schema,
  run: (actor: UserActor, input: z.output<Schema>) => Promise<string>,
): Promise<FormState> {
  const values = submittedValues(formData);
  try {
    const actor = await requireUser(requirement);
    const done = await run(actor, parseInput(schema, values));
    // Every page showing what changed (back office and public site) is rendered afresh.
    revalidatePath("/", "layout");
    return { errors: {}, done };
  } catch (error) {
    return formErrorState(error, values);
  }
}
