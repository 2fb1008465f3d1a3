"use server";

import { redirect } from "next/navigation";
import { adminAction } from "@/lib/auth/admin-action";
import { makeEditionCurrent } from "@/lib/editions/make-edition-current";
import { makeEditionCurrentSchema } from "@/lib/editions/schema";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";

export async function makeCurrentAction(editionId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, editionId);
  const state = await adminAction({ role: "ADMIN" }, formData, makeEditionCurrentSchema, async (actor) => {
    await makeEditionCurrent({ actor, editionId });
    return "Édition redevenue l'édition en cours.";
  });
  if (state.done) redirect(`/admin/editions/${editionId}?courante=1`);
  return state;
}
