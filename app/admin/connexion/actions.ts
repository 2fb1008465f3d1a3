"use server";

import { redirect } from "next/navigation";
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
  await requestSignInLink(parsed.data);
  redirect("/admin/connexion/lien-envoye");
}
