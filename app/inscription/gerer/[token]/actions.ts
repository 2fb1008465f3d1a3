"use server";

import { revalidatePath } from "next/cache";
import { cancelRegistrations } from "@/lib/registrations/cancel-registrations";
import { RegistrationError } from "@/lib/registrations/errors";
import { detailsFromForm, formValues, type FormValues } from "@/lib/registrations/form-data";
import { respondToOffer } from "@/lib/registrations/respond-to-offer";
import { attendeeUpdateSchema, fieldErrors, type FieldErrors } from "@/lib/registrations/schema";
import { slugSchema } from "@/lib/events/schema";
import { updateAttendee } from "@/lib/registrations/update-attendee";

export interface ManageActionState {
  errors: FieldErrors;
  values?: FormValues;
  /** A French sentence saying what was done. */
  done?: string;
}

async function attempt(token: string, work: () => Promise<string>, values?: FormValues): Promise<ManageActionState> {
  try {
    const done = await work();
    revalidatePath(`/inscription/gerer/${token}`);
    return { errors: {}, done };
  } catch (error) {
    if (error instanceof RegistrationError) return { errors: { form: error.message }, values };
    throw error;
  }
}

/** Saves the attendee's edited details (bound to the manage token). */
export async function saveDetails(token: string, _previous: ManageActionState | null, formData: FormData): Promise<ManageActionState> {
  const values = formValues(formData);
  const parsed = attendeeUpdateSchema.safeParse(detailsFromForm(values));
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  return attempt(token, async () => {
    await updateAttendee({ token, update: parsed.data });
    return "Vos informations ont été enregistrées.";
  }, values);
}

/** Cancels one event's registration (form field `event`), or all of them when it is absent. */
export async function cancel(token: string, _previous: ManageActionState | null, formData: FormData): Promise<ManageActionState> {
  const event = formData.get("event");
  const slug = typeof event === "string" && event !== "" ? slugSchema.safeParse(event) : null;
  if (slug && !slug.success) return { errors: { form: "Cette journée n'existe pas." } };
  return attempt(token, async () => {
    const { cancelled } = await cancelRegistrations({ token, events: slug ? [slug.data] : undefined });
    return `Inscription annulée : ${cancelled.map((registration) => registration.event.title).join(", ")}.`;
  });
}

/** Accepts or declines an offered place (form fields `event` and `answer` = "accepter" | "refuser"). */
export async function answerOffer(token: string, _previous: ManageActionState | null, formData: FormData): Promise<ManageActionState> {
  const slug = slugSchema.safeParse(formData.get("event"));
  const answer = formData.get("answer");
  if (!slug.success || (answer !== "accepter" && answer !== "refuser")) return { errors: { form: "Réponse non reconnue." } };
  return attempt(token, async () => {
    const result = await respondToOffer({ token, event: slug.data, accept: answer === "accepter" });
    return result.status === "CONFIRMED"
      ? `Votre place est confirmée : ${result.event.title}.`
      : `Vous avez refusé la place proposée : ${result.event.title}.`;
  });
}
