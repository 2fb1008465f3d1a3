"use server";

import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import { adminEventOf, programmeItemOf } from "@/lib/events/admin-event-of";
import type { FormState } from "@/lib/form-state";
import { deleteProgrammeItem } from "@/lib/programme/delete-programme-item";
import { moveProgrammeItem } from "@/lib/programme/move-programme-item";
import { saveProgrammeItem } from "@/lib/programme/save-programme-item";
import { moveSchema, programmeItemInputSchema } from "@/lib/programme/schema";
import { checkActionArguments } from "@/lib/http/action-arguments";

export async function addItemAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  return adminAction({ role: "ADMIN", event: slug }, formData, programmeItemInputSchema, async (actor, input) => {
    const item = await saveProgrammeItem({ actor, eventId: (await adminEventOf(slug)).id, input });
    return `Séquence ajoutée : ${item.title}.`;
  });
}

export async function moveItemAction(slug: string, itemId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, itemId);
  return adminAction({ role: "ADMIN", event: slug }, formData, moveSchema, async (actor, { direction }) => {
    await moveProgrammeItem({ actor, itemId: (await programmeItemOf(slug, itemId)).item.id, direction });
    return "Programme réordonné.";
  });
}

export async function deleteItemAction(slug: string, itemId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, itemId);
  return adminAction({ role: "ADMIN", event: slug }, formData, z.object({}), async (actor) => {
    const { item } = await programmeItemOf(slug, itemId);
    await deleteProgrammeItem({ actor, itemId: item.id });
    return `Séquence supprimée : ${item.title}.`;
  });
}
