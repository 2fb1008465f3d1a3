"use server";

import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import { removeDocument } from "@/lib/documents/remove-document";
import { setDocumentPublished } from "@/lib/documents/set-document-published";
import { adminEventOf } from "@/lib/events/admin-event-of";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";

const publishSchema = z.object({ published: z.enum(["oui", "non"], { error: "Choix inconnu." }) });

export async function publishDocumentAction(slug: string, documentId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, documentId);
  return adminAction({ role: "ADMIN", event: slug }, formData, publishSchema, async (actor, { published }) => {
    const document = await setDocumentPublished({ actor, eventId: (await adminEventOf(slug)).id, documentId, published: published === "oui" });
    return published === "oui" ? `Document publié : ${document.title}.` : `Document retiré du site public : ${document.title}.`;
  });
}

export async function removeDocumentAction(slug: string, documentId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, documentId);
  return adminAction({ role: "ADMIN", event: slug }, formData, z.object({}), async (actor) => {
    await removeDocument({ actor, eventId: (await adminEventOf(slug)).id, documentId });
    return "Document supprimé.";
  });
}
