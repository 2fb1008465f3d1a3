"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/http/client-address";
import { limitLinkRequest, limitRegistration } from "@/lib/limits/rate-limits";
import { newcomerActor } from "@/lib/audit/actor";
import { createRegistrations } from "@/lib/registrations/create-registrations";
import { AppError } from "@/lib/errors";
import { formValues, registrationInputFromForm } from "@/lib/registrations/form-data";
import { checkFormGuard, HONEYPOT_FIELD, SHOWN_AT_FIELD } from "@/lib/links/form-guard";
import { createReceipt } from "@/lib/links/receipt";
import { parseInput } from "@/lib/field-errors";
import type { FormState } from "@/lib/form-state";
import { manageLinkRequestSchema, registrationInputSchema } from "@/lib/registrations/schema";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { publicAction } from "@/lib/http/public-action";
import { resendManageLink } from "@/lib/registrations/resend-manage-link";

/** Where a known address's submission leads: the same page whatever the address holds. */
const CHECK_MAILBOX_PATH = "/inscription/verifiez-vos-emails";

/**
 * The registration form's action: a new address goes to its confirmation page, a known one to the
 * « check your mailbox » page; otherwise the form again with French errors and every typed value.
 */
export async function register(_previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData);
  const values = formValues(formData);
  return publicAction(values, async () => {
    const verdict = checkFormGuard({ honeypot: formData.get(HONEYPOT_FIELD), shownAt: formData.get(SHOWN_AT_FIELD) });
    if (verdict !== "PERSON") throw new AppError(verdict === "TOO_FAST" ? "FORM_TOO_FAST" : "FORM_REFUSED");
    const input = parseInput(registrationInputSchema, registrationInputFromForm(values));
    await limitRegistration({ address: clientAddress(await headers()), email: input.email });
    const result = await createRegistrations({ actor: newcomerActor(), input });
    const receipt =
      result.outcome === "REGISTERED"
        ? createReceipt({ registrationIds: result.registrations.map((registration) => registration.registrationId), createdAttendee: true })
        : null;
    redirect(receipt ? `/inscription/confirmation/${receipt}` : CHECK_MAILBOX_PATH);
  });
}

/** « Lien perdu » : the manage link goes to the address if it is known; the answer is the same either way. */
export async function requestManageLink(_previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData);
  const values = formValues(formData);
  return publicAction(values, async () => {
    const { email } = parseInput(manageLinkRequestSchema, { email: values.email });
    await limitLinkRequest({ address: clientAddress(await headers()), email });
    await resendManageLink({ email });
    return {
      errors: {},
      done: "Si cette adresse est inscrite, un email avec le lien pour gérer l'inscription vient d'y être envoyé. Pensez à regarder dans les courriers indésirables.",
    };
  });
}
