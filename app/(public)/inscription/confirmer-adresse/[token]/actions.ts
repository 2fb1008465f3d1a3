"use server";

import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { confirmEmail } from "@/lib/registrations/confirm-email";
import { createReceipt } from "@/lib/links/receipt";

/** The person confirms their address (bound to the emailed link's token): the held seats are theirs. */
export async function confirmAddress(token: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token);
  let receipt: string;
  try {
    const { registrationIds } = await confirmEmail({ token });
    receipt = createReceipt({ registrationIds, createdAttendee: false });
  } catch (error) {
    if (isAppError(error)) return { errors: { form: error.message } };
    throw error;
  }
  redirect(`/inscription/confirmation/${receipt}`);
}
