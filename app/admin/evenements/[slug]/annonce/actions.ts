"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import { adminEventOf } from "@/lib/events/admin-event-of";
import type { FormState } from "@/lib/form-state";
import { announceProgrammeChanges } from "@/lib/programme/announce-programme-changes";
import { checkActionArguments } from "@/lib/http/action-arguments";

/** The changes the admin saw in the preview: only those are sent, never one written meanwhile. */
const announcementSchema = z.object({
  changeIds: z.string().max(2000).transform((ids) => ids.split(",").filter(Boolean)),
  send: z.enum(["oui", "non"]).transform((answer) => answer === "oui"),
});

/** Sends (or sets aside) the previewed changes, then shows the page again with what was done. */
export async function announceAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  let outcome = "";
  const state = await adminAction({ role: "ADMIN", event: slug }, formData, announcementSchema, async (actor, { changeIds, send }) => {
    const event = await adminEventOf(slug);
    const { notified } = await announceProgrammeChanges({ actor, eventId: event.id, changeIds, send });
    outcome = send ? `envoyee=${notified}` : "ignoree=1";
    return outcome;
  });
  if (state.done) redirect(`/admin/evenements/${slug}/annonce?${outcome}`);
  return state;
}
