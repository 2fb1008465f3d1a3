"use server";

import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import type { FormState } from "@/lib/form-state";
import { retryEmail } from "@/lib/mail/retry-email";
import { checkActionArguments } from "@/lib/http/action-arguments";

export async function retryEmailAction(emailId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, emailId);
  return adminAction({ role: "ADMIN" }, formData, z.object({}), async (actor) => {
    await retryEmail({ actor, emailId });
    return "L'email repart : il sera envoyé dans quelques secondes.";
  });
}
