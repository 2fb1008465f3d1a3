"use server";

import { adminAction } from "@/lib/auth/admin-action";
import type { FormState } from "@/lib/form-state";
import { saveSpeaker } from "@/lib/programme/save-speaker";
import { speakerInputSchema } from "@/lib/programme/schema";
import { checkActionArguments } from "@/lib/http/action-arguments";

export async function saveSpeakerAction(speakerId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, speakerId);
  return adminAction({ role: "ADMIN" }, formData, speakerInputSchema, async (actor, input) => {
    await saveSpeaker({ actor, speakerId, input });
    return "Intervenant·e enregistré·e, partout où la personne intervient.";
  });
}
