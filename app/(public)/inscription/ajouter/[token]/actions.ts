"use server";

import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { addDaysByLink } from "@/lib/registrations/join-link";
import { createReceipt } from "@/lib/links/receipt";

/** The owner of a known address confirms the days asked for with it (bound to the emailed link's token). */
export async function addDays(token: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token);
  let receipt: string;
  try {
    const { registrations } = await addDaysByLink({ token });
    receipt = createReceipt({ registrationIds: registrations.map((registration) => registration.registrationId), createdAttendee: false });
  } catch (error) {
    if (isAppError(error)) return { errors: { form: error.message } };
    throw error;
  }
  redirect(`/inscription/confirmation/${receipt}`);
}
