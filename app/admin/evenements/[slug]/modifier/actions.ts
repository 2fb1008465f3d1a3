"use server";

import { redirect } from "next/navigation";
import { adminAction } from "@/lib/auth/admin-action";
import { adminEventOf } from "@/lib/events/admin-event-of";
import { eventInputSchema } from "@/lib/events/schema";
import { updateEvent } from "@/lib/events/update-event";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";

export async function updateEventAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  let newSlug = slug;
  const state = await adminAction({ role: "ADMIN", event: slug }, formData, eventInputSchema, async (actor, input) => {
    const event = await adminEventOf(slug);
    const { handedOut, changes } = await updateEvent({ actor, eventId: event.id, input });
    newSlug = input.slug;
    const offered = handedOut.length > 0 ? ` ${handedOut.length} personne${handedOut.length > 1 ? "s" : ""} de la liste d'attente ${handedOut.length > 1 ? "ont" : "a"} reçu une place.` : "";
    const announce = changes.length > 0 ? " Des changements sont à annoncer aux participant·es." : "";
    return `Journée enregistrée.${offered}${announce}`;
  });
  if (state.done && newSlug !== slug) redirect(`/admin/evenements/${newSlug}/modifier`);
  return state;
}
