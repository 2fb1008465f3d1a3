"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/http/client-address";
import { consumeLimit } from "@/lib/limits/rate-limits";
import { submittedValues } from "@/lib/auth/admin-action";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { signInRequestSchema } from "@/lib/auth/schema";
import { parseInput } from "@/lib/field-errors";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { publicAction } from "@/lib/http/public-action";

/**
 * Asks for a sign-in link. Public by nature: whatever the address (known, unknown, deactivated),
 * the answer is the same page, and only a known account receives an email.
 */
export async function requestLinkAction(_previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData);
  const values = submittedValues(formData);
  return publicAction(values, async () => {
    const input = parseInput(signInRequestSchema, values);
    await consumeLimit("sign-in-address", clientAddress(await headers()));
    // It raises no AppError of its own but the database's outage, the same for every address.
    await requestSignInLink(input);
    redirect("/admin/connexion/lien-envoye");
  });
}
