"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/http/client-address";
import { limitRegistration } from "@/lib/limits/rate-limits";
import { createRegistrations } from "@/lib/registrations/create-registrations";
import { AppError } from "@/lib/errors";
import { formValues, registrationInputFromForm } from "@/lib/registrations/form-data";
import { checkFormGuard, HONEYPOT_FIELD, SHOWN_AT_FIELD } from "@/lib/registrations/form-guard";
import { createReceipt } from "@/lib/registrations/receipt";
import { fieldErrors } from "@/lib/field-errors";
import type { FormState } from "@/lib/form-state";
import { registrationInputSchema } from "@/lib/registrations/schema";
import { checkActionArguments } from "@/lib/http/action-arguments";

/** The registration form's action: on success, to the confirmation page; otherwise the form again with French errors and every typed value. */
export async function register(_previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData);
  const values = formValues(formData);
  const verdict = checkFormGuard({ honeypot: formData.get(HONEYPOT_FIELD), shownAt: formData.get(SHOWN_AT_FIELD) });
  if (verdict !== "PERSON") return { errors: { form: new AppError(verdict === "TOO_FAST" ? "FORM_TOO_FAST" : "FORM_REFUSED").message }, values };
  const parsed = registrationInputSchema.safeParse(registrationInputFromForm(values));
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let receipt: string;
  try {
    await limitRegistration({ address: clientAddress(await headers()), email: parsed.data.email });
    const result = await createRegistrations({ input: parsed.data });
    receipt = createReceipt({
      registrationIds: result.registrations.map((registration) => registration.registrationId),
      manageToken: result.manageToken,
    });
  } catch (error) {
    if (error instanceof AppError) return { errors: { form: error.message }, values };
    throw error;
  }
  redirect(`/inscription/confirmation/${receipt}`);
}
