"use server";

import { redirect } from "next/navigation";
import { adminAction } from "@/lib/auth/admin-action";
import { createEvent } from "@/lib/events/create-event";
import { newEventInputSchema } from "@/lib/events/schema";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";

export async function createEventAction(_previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData);
  let slug = "";
  const state = await adminAction({ role: "ADMIN" }, formData, newEventInputSchema, async (actor, { edition, ...input }) => {
    slug = (await createEvent({ actor, input, edition })).slug;
    return "Journée créée.";
  });
  if (state.done) redirect(`/admin/evenements/${slug}?creee=1`);
  return state;
}
