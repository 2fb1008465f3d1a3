"use server";

import { redirect } from "next/navigation";
import { adminAction } from "@/lib/auth/admin-action";
import { adminEventOf } from "@/lib/events/admin-event-of";
import type { FormState } from "@/lib/form-state";
import { messageInputSchema } from "@/lib/messages/schema";
import { sendMessage } from "@/lib/messages/send-message";
import { checkActionArguments } from "@/lib/http/action-arguments";

/** Sends the previewed message, then shows the page again with how many it went to. */
export async function sendMessageAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  let recipients = 0;
  const state = await adminAction({ event: slug }, formData, messageInputSchema, async (actor, input) => {
    recipients = (await sendMessage({ actor, eventId: (await adminEventOf(slug)).id, input })).recipients;
    return "sent";
  });
  if (state.done) redirect(`/admin/evenements/${slug}/message?envoye=${recipients}`);
  return state;
}
