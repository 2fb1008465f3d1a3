"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { publicAction } from "@/lib/http/public-action";
import { confirmEmail } from "@/lib/registrations/confirm-email";
import { createReceipt } from "@/lib/links/receipt";

/** The person confirms their address (bound to the emailed link's token): the held seats are theirs. */
export async function confirmAddress(token: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token);
  return publicAction(undefined, async () => {
    const { registrationIds } = await confirmEmail({ token });
    const receipt = createReceipt({ registrationIds, createdAttendee: false });
    redirect(`/inscription/confirmation/${receipt}`);
  });
}
