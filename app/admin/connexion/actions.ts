"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { consumeLimit } from "@/lib/limits/rate-limits";
import { submittedValues } from "@/lib/auth/admin-action";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { signInRequestSchema } from "@/lib/auth/schema";
import { fieldErrors } from "@/lib/field-errors";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";

/**
 * Asks for a sign-in link. Public by nature: whatever the address (known, unknown, deactivated),
 * the answer is the same page, and only a known account receives an email.
 */
export async function requestLinkAction(_previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData);
  const values = submittedValues(formData);
  const parsed = signInRequestSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await consumeLimit("sign-in-address", clientAddress(await headers()));
    // It raises no AppError of its own but the database's outage, the same for every address.
    await requestSignInLink(parsed.data);
  } catch (error) {
    if (isAppError(error)) return { errors: { form: error.message }, values };
    throw error;
  }
  redirect("/admin/connexion/lien-envoye");
}
