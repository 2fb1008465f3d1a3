"use server";

import { adminAction } from "@/lib/auth/admin-action";
import { adminEventOf } from "@/lib/events/admin-event-of";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { moveSchema } from "@/lib/programme/schema";
import { createQuestion } from "@/lib/questions/create-question";
import { moveQuestion } from "@/lib/questions/move-question";
import { questionOf } from "@/lib/questions/question-of";
import { questionInputSchema } from "@/lib/questions/schema";

export async function addQuestionAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  return adminAction({ role: "ADMIN", event: slug }, formData, questionInputSchema, async (actor, input) => {
    const question = await createQuestion({ actor, eventId: (await adminEventOf(slug)).id, input });
    return `Question ajoutée : ${input.label} (identifiant ${question.key}).`;
  });
}

export async function moveQuestionAction(slug: string, questionId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, questionId);
  return adminAction({ role: "ADMIN", event: slug }, formData, moveSchema, async (actor, { direction }) => {
    await moveQuestion({ actor, questionId: (await questionOf(slug, questionId)).id, direction });
    return "Questions réordonnées.";
  });
}
