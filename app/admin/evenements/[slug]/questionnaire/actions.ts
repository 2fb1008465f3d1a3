"use server";

import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import { adminEventOf } from "@/lib/events/admin-event-of";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { questionnaireSettingsSchema } from "@/lib/questionnaire/schema";
import { sendQuestionnaireNow } from "@/lib/questionnaire/send-questionnaire-now";
import { updateQuestionnaireSettings } from "@/lib/questionnaire/update-questionnaire-settings";
import { createQuestion } from "@/lib/questions/create-question";
import { questionInputSchema } from "@/lib/questions/schema";

export async function updateQuestionnaireAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  return adminAction({ role: "ADMIN", event: slug }, formData, questionnaireSettingsSchema, async (actor, input) => {
    await updateQuestionnaireSettings({ actor, eventId: (await adminEventOf(slug)).id, input });
    return input.enabled ? "Questionnaire activé." : "Questionnaire désactivé.";
  });
}

export async function addFeedbackQuestionAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  return adminAction({ role: "ADMIN", event: slug }, formData, questionInputSchema, async (actor, input) => {
    const question = await createQuestion({ actor, eventId: (await adminEventOf(slug)).id, input, purpose: "FEEDBACK" });
    return `Question ajoutée au questionnaire : ${input.label} (identifiant ${question.key}).`;
  });
}

export async function sendQuestionnaireNowAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  return adminAction({ role: "ADMIN", event: slug }, formData, z.object({}), async (actor) => {
    const { sent } = await sendQuestionnaireNow({ actor, eventId: (await adminEventOf(slug)).id });
    return sent > 0 ? `Questionnaire envoyé par email à ${sent} personne${sent > 1 ? "s" : ""}.` : "Toutes les personnes présentes avaient déjà reçu le questionnaire.";
  });
}
