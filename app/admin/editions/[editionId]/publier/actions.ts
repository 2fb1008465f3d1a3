"use server";

import { redirect } from "next/navigation";
import { adminAction } from "@/lib/auth/admin-action";
import { publishEdition } from "@/lib/editions/publish-edition";
import { publishEditionSchema } from "@/lib/editions/schema";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";

export async function publishEditionAction(editionId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, editionId);
  const state = await adminAction({ role: "ADMIN" }, formData, publishEditionSchema, async (actor) => {
    await publishEdition({ actor, editionId });
    return "Édition publiée.";
  });
  if (state.done) redirect(`/admin/editions/${editionId}?publiee=1`);
  return state;
}
