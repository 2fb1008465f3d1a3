"use server";

import { revalidatePath } from "next/cache";
import { parseInput } from "@/lib/field-errors";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { publicAction } from "@/lib/http/public-action";
import { answerQuestionnaire } from "@/lib/questionnaire/answer-questionnaire";
import { answersInputSchema } from "@/lib/questions/schema";
import { answersFromForm, formValues } from "@/lib/registrations/form-data";

/** Saves (or changes) the answers given through a personal questionnaire link (bound to its token and its day). */
export async function saveQuestionnaire(token: string, event: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, token, event);
  const values = formValues(formData);
  return publicAction(values, async () => {
    const answers = parseInput(answersInputSchema, { [event]: answersFromForm(values, [event])[event] ?? {} });
    const { updated } = await answerQuestionnaire({ token, input: answers });
    revalidatePath(`/questionnaire/${token}`);
    return { errors: {}, done: updated ? "Vos réponses ont été modifiées. Merci !" : "Vos réponses ont été enregistrées. Merci !" };
  });
}
