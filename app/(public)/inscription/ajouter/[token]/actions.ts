"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { publicAction } from "@/lib/http/public-action";
import { addDaysByLink } from "@/lib/registrations/join-link";
import { createReceipt } from "@/lib/links/receipt";

/** The owner of a known address confirms the days asked for with it (bound to the emailed link's token). */
export async function addDays(token: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token);
  return publicAction(undefined, async () => {
    const { registrations } = await addDaysByLink({ token });
    const receipt = createReceipt({ registrationIds: registrations.map((registration) => registration.registrationId), createdAttendee: false });
    redirect(`/inscription/confirmation/${receipt}`);
  });
}
