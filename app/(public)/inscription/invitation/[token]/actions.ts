"use server";

import { redirect } from "next/navigation";
import { parseInput } from "@/lib/field-errors";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { publicAction } from "@/lib/http/public-action";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { declineInvitation } from "@/lib/invitations/decline-invitation";
import { createReceipt } from "@/lib/links/receipt";
import { answersInputSchema } from "@/lib/questions/schema";
import { answersFromForm, detailsFromForm, formValues } from "@/lib/registrations/form-data";
import { guestDetailsSchema } from "@/lib/registrations/schema";

/**
 * The invited person accepts with their link: with the form's details and answers to the day's
 * questions for a new address, with none for a known one (its details stay as they are, its
 * answers are given from the manage page). Then the usual confirmation page.
 */
export async function acceptInvitationAction(token: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token);
  const values = formValues(formData);
  return publicAction(values, async () => {
    const form = formData.has("firstName");
    const details = form ? parseInput(guestDetailsSchema, { ...detailsFromForm(values), lunch: values.lunch === "oui", consent: values.consent === "oui" }) : null;
    const answers = form ? parseInput(answersInputSchema, answersFromForm(values)) : undefined;
    const guest = await acceptInvitation({ token, details, answers });
    const receipt = createReceipt({ registrationIds: [guest.registration.registrationId], createdAttendee: guest.manageToken !== null });
    redirect(`/inscription/confirmation/${receipt}`);
  });
}

/**
 * The invited person declines with their link (a button: opening the link changes nothing), then
 * sees the answer recorded: a page of its own, as the link no longer opens the invitation.
 */
export async function declineInvitationAction(token: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token);
  return publicAction(undefined, async () => {
    await declineInvitation({ token });
    redirect(`/inscription/invitation/${token}/decliner?reponse=enregistree`);
  });
}
