"use server";

import { redirect } from "next/navigation";
import { adminAction } from "@/lib/auth/admin-action";
import { prepareNextEdition } from "@/lib/editions/prepare-next-edition";
import { prepareNextEditionSchema } from "@/lib/editions/schema";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";

export async function prepareNextAction(editionId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, editionId);
  let created = "";
  const state = await adminAction({ role: "ADMIN" }, formData, prepareNextEditionSchema, async (actor, input) => {
    created = (await prepareNextEdition({ actor, editionId, input })).id;
    return "Édition préparée.";
  });
  if (state.done) redirect(`/admin/editions/${created}?preparee=1`);
  return state;
}
