"use server";

import { attendeeActor } from "@/lib/audit/actor";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/http/client-address";
import { consumeLimit } from "@/lib/limits/rate-limits";
import { renewManageLink } from "@/lib/registrations/renew-manage-link";
import { cancelRegistrations } from "@/lib/registrations/cancel-registrations";
import { answersFromForm, detailsFromForm, formValues } from "@/lib/registrations/form-data";
import { answersInputSchema } from "@/lib/questions/schema";
import { updateAnswers } from "@/lib/registrations/update-answers";
import { respondToOffer } from "@/lib/registrations/respond-to-offer";
import { parseInput } from "@/lib/field-errors";
import type { FormState, FormValues } from "@/lib/form-state";
import { attendeeUpdateSchema } from "@/lib/registrations/schema";
import { slugSchema } from "@/lib/events/schema";
import { updateAttendee } from "@/lib/registrations/update-attendee";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { publicAction } from "@/lib/http/public-action";

async function attempt(token: string, work: () => Promise<string>, values?: FormValues): Promise<FormState> {
  return publicAction(values, async () => {
    const done = await work();
    revalidatePath(`/inscription/gerer/${token}`);
    return { errors: {}, done };
  });
}

/** Saves the attendee's edited details (bound to the manage token). */
export async function saveDetails(token: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token);
  const values = formValues(formData);
  return attempt(token, async () => {
    await updateAttendee({ actor: attendeeActor(token), update: parseInput(attendeeUpdateSchema, detailsFromForm(values)) });
    return "Vos informations ont été enregistrées.";
  }, values);
}

/** Saves the attendee's answers to one day's questions (bound to the manage token and the day). */
export async function saveAnswers(token: string, event: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token, event);
  const values = formValues(formData);
  return attempt(token, async () => {
    const slug = parseInput(slugSchema, event);
    const answers = parseInput(answersInputSchema, { [slug]: answersFromForm(values, [slug])[slug] ?? {} });
    await updateAnswers({ actor: attendeeActor(token), event: slug, answers: answers[slug] });
    return "Vos réponses ont été enregistrées.";
  }, values);
}

/** Cancels one event's registration (form field `event`), or all of them when it is absent. */
async function cancel(token: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token);
  const event = formData.get("event");
  const slug = typeof event === "string" && event !== "" ? slugSchema.safeParse(event) : null;
  if (slug && !slug.success) return { errors: { form: "Cette journée n'existe pas." } };
  return attempt(token, async () => {
    const { cancelled } = await cancelRegistrations({ actor: attendeeActor(token), events: slug ? [slug.data] : undefined });
    return `Inscription annulée : ${cancelled.map((registration) => registration.event.title).join(", ")}.`;
  });
}

/** Accepts or declines an offered place (form fields `event` and `answer` = "accepter" | "refuser"). */
async function answerOffer(token: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token);
  const slug = slugSchema.safeParse(formData.get("event"));
  const answer = formData.get("answer");
  if (!slug.success || (answer !== "accepter" && answer !== "refuser")) return { errors: { form: "Réponse non reconnue." } };
  return attempt(token, async () => {
    const result = await respondToOffer({ actor: attendeeActor(token), event: slug.data, accept: answer === "accepter" });
    return result.status === "CONFIRMED"
      ? `Votre place est confirmée : ${result.event.title}.`
      : `Vous avez refusé la place proposée : ${result.event.title}.`;
  });
}

/**
 * The cancel and offer forms of the manage page, as one server action (field `intent`), so that
 * the forms post to it directly and work without JavaScript.
 */
export async function manageRegistration(token: string, previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token);
  return formData.get("intent") === "annuler" ? cancel(token, previous, formData) : answerOffer(token, previous, formData);
}

/** « Envoyez-moi un nouveau lien » : this link stops working, a new one goes to the address. */
export async function renewLink(token: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token);
  return publicAction(undefined, async () => {
    await consumeLimit("link-address", clientAddress(await headers()));
    await renewManageLink({ actor: attendeeActor(token) });
    redirect("/inscription/nouveau-lien-envoye");
  });
}
