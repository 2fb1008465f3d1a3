"use server";

import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import { sendCertificatesNow } from "@/lib/certificates/send-certificates-now";
import { adminEventOf } from "@/lib/events/admin-event-of";
import { eventStatusSchema } from "@/lib/events/schema";
import { setEventStatus } from "@/lib/events/set-event-status";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";

const DONE = {
  DRAFT: "La journée est dépubliée : elle n'apparaît plus sur le site.",
  PUBLISHED: "La journée est publiée, inscriptions ouvertes (dans leurs dates).",
  CLOSED: "Les inscriptions sont fermées ; la journée reste visible.",
} as const;

export async function setStatusAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  return adminAction({ role: "ADMIN", event: slug }, formData, z.object({ status: eventStatusSchema }), async (actor, { status }) => {
    const event = await adminEventOf(slug);
    await setEventStatus({ actor, eventId: event.id, status });
    return DONE[status];
  });
}

/** The day's organisers and the admins: every person checked in who has not had theirs gets their certificate now. */
export async function sendCertificatesAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  return adminAction({ event: slug }, formData, z.object({}), async (actor) => {
    const event = await adminEventOf(slug);
    const { sent } = await sendCertificatesNow({ actor, eventId: event.id });
    return sent > 0 ? `${sent} attestation${sent > 1 ? "s" : ""} envoyée${sent > 1 ? "s" : ""} par email.` : "Toutes les personnes présentes avaient déjà reçu leur attestation.";
  });
}
