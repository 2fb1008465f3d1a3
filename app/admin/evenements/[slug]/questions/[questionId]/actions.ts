"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { questionOf } from "@/lib/questions/question-of";
import { removeChoice } from "@/lib/questions/remove-choice";
import { removeQuestion } from "@/lib/questions/remove-question";
import { questionUpdateSchema } from "@/lib/questions/schema";
import { updateQuestion } from "@/lib/questions/update-question";

export async function saveQuestionAction(slug: string, questionId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, questionId);
  return adminAction({ role: "ADMIN", event: slug }, formData, questionUpdateSchema, async (actor, update) => {
    await updateQuestion({ actor, questionId: (await questionOf(slug, questionId)).id, update });
    return "Question enregistrée.";
  });
}

export async function removeChoiceAction(slug: string, questionId: string, choiceKey: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, questionId, choiceKey);
  return adminAction({ role: "ADMIN", event: slug }, formData, z.object({}), async (actor) => {
    const result = await removeChoice({ actor, questionId: (await questionOf(slug, questionId)).id, choiceKey });
    return result === "ARCHIVED" ? "Choix retiré du formulaire ; les réponses qui l'avaient choisi le gardent." : "Choix supprimé.";
  });
}

/** « Supprimer » : deleted without answers, archived with (the page said which before the click). */
export async function removeQuestionAction(slug: string, questionId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, questionId);
  let outcome: "DELETED" | "ARCHIVED" | null = null;
  let feedback = false;
  const state = await adminAction({ role: "ADMIN", event: slug }, formData, z.object({}), async (actor) => {
    const question = await questionOf(slug, questionId);
    feedback = question.purpose === "FEEDBACK";
    outcome = await removeQuestion({ actor, questionId: question.id });
    return outcome === "ARCHIVED" ? "Question archivée." : "Question supprimée.";
  });
  // Back to the list the question was on: the questionnaire's, or the registration form's.
  if (outcome && feedback) redirect(`/admin/evenements/${slug}/questionnaire`);
  if (outcome) redirect(`/admin/evenements/${slug}/questions?${outcome === "ARCHIVED" ? "archivee" : "supprimee"}=1`);
  return state;
}
