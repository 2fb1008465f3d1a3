"use server";

import { adminAction } from "@/lib/auth/admin-action";
import type { FormState } from "@/lib/form-state";
import { saveSpeaker } from "@/lib/programme/save-speaker";
import { speakerInputSchema } from "@/lib/programme/schema";
import { checkActionArguments } from "@/lib/http/action-arguments";

export async function addSpeakerAction(_previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData);
  return adminAction({ role: "ADMIN" }, formData, speakerInputSchema, async (actor, input) => {
    const speaker = await saveSpeaker({ actor, input });
    return `${speaker.name} est ajouté·e à la liste des intervenant·es.`;
  });
}
