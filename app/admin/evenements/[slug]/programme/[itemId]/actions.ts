"use server";

import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import { programmeItemOf } from "@/lib/events/admin-event-of";
import type { FormState } from "@/lib/form-state";
import { confirmSpeaker } from "@/lib/programme/confirm-speaker";
import { linkSpeaker } from "@/lib/programme/link-speaker";
import { saveProgrammeItem } from "@/lib/programme/save-programme-item";
import { programmeItemInputSchema, speakerLinkSchema } from "@/lib/programme/schema";
import { unlinkSpeaker } from "@/lib/programme/unlink-speaker";
import { checkActionArguments } from "@/lib/http/action-arguments";

export async function saveItemAction(slug: string, itemId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, itemId);
  return adminAction({ role: "ADMIN", event: slug }, formData, programmeItemInputSchema, async (actor, input) => {
    const { event, item } = await programmeItemOf(slug, itemId);
    await saveProgrammeItem({ actor, eventId: event.id, itemId: item.id, input });
    return "Séquence enregistrée.";
  });
}

export async function linkSpeakerAction(slug: string, itemId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, itemId);
  return adminAction({ role: "ADMIN", event: slug }, formData, speakerLinkSchema, async (actor, { speakerId, confirmed }) => {
    const { item } = await programmeItemOf(slug, itemId);
    await linkSpeaker({ actor, itemId: item.id, speakerId, confirmed });
    return "Intervenant·e ajouté·e à la séquence.";
  });
}

export async function confirmSpeakerAction(slug: string, itemId: string, speakerId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, itemId, speakerId);
  return adminAction({ role: "ADMIN", event: slug }, formData, z.object({}), async (actor) => {
    const { item } = await programmeItemOf(slug, itemId);
    await confirmSpeaker({ actor, programmeItemId: item.id, speakerId });
    return "Participation confirmée : la mention « sous réserve » disparaît du programme.";
  });
}

export async function unlinkSpeakerAction(slug: string, itemId: string, speakerId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, itemId, speakerId);
  return adminAction({ role: "ADMIN", event: slug }, formData, z.object({}), async (actor) => {
    const { item } = await programmeItemOf(slug, itemId);
    await unlinkSpeaker({ actor, itemId: item.id, speakerId });
    return "Intervenant·e retiré·e de la séquence.";
  });
}
