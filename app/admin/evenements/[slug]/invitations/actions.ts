"use server";

import { z } from "zod";
import { adminAction, submittedValues } from "@/lib/auth/admin-action";
import { requireUser } from "@/lib/auth/require-user";
import { adminEventOf } from "@/lib/events/admin-event-of";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { withUploadedCsv } from "@/lib/invitations/csv-upload";
import { invitePeople, type InvitePeopleResult } from "@/lib/invitations/invite-people";
import { inviteSpeaker } from "@/lib/invitations/invite-speaker";
import { parseInvitationCsv } from "@/lib/invitations/parse-invitation-csv";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { withdrawInvitation } from "@/lib/invitations/withdraw-invitation";
import { csvInvitationSchema, reservedPlacesSchema, singleInvitationSchema, type CsvLine, type ImportPreviewState } from "@/lib/invitations/schema";
import { changeReservedPlaces } from "@/lib/registrations/change-reserved-places";

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? "s" : ""}`;

/** What the page says after a sending: how many left, and who was already invited. */
function sentMessage({ sent, refused }: InvitePeopleResult): string {
  const parts = [`${plural(sent, "invitation")} envoyée${sent > 1 ? "s" : ""}.`];
  if (refused.length > 0) parts.push(`Non envoyée${refused.length > 1 ? "s" : ""} : ${refused.map((person) => `${person.email} (${person.message})`).join(", ")}.`);
  return parts.join(" ");
}

export async function setReservedPlacesAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  return adminAction({ role: "ADMIN", event: slug }, formData, reservedPlacesSchema, async (actor, input) => {
    const { handedOut } = await changeReservedPlaces({ actor, eventId: (await adminEventOf(slug)).id, ...input });
    const moved = handedOut.length > 0 ? ` ${plural(handedOut.length, "personne")} de la liste d'attente ${handedOut.length > 1 ? "ont" : "a"} reçu une place.` : "";
    return `Places réservées enregistrées : ${input.reservedPlaces}.${moved}`;
  });
}

export async function inviteOneAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  return adminAction({ event: slug }, formData, singleInvitationSchema, async (actor, { email, firstName, lastName, organisation, ...terms }) => {
    const result = await invitePeople({ actor, eventId: (await adminEventOf(slug)).id, invitees: [{ email, firstName, lastName, organisation }], terms });
    if (result.sent === 0) throw new AppError("ALREADY_INVITED", result.refused[0]?.message, "email");
    return `Invitation envoyée à ${email}.`;
  });
}

/** Reads the pasted or uploaded list and the terms, and answers the preview: each line, valid or with its error. Sends nothing. */
export async function previewInvitationsAction(slug: string, _previous: ImportPreviewState | null, formData: FormData): Promise<ImportPreviewState> {
  checkActionArguments(formData, slug);
  // Who asks, first: the file is read after.
  await requireUser({ event: slug });
  const upload = await withUploadedCsv(formData);
  if ("refused" in upload) return { errors: upload.refused, values: submittedValues(formData) };
  const { form } = upload;
  let lines: CsvLine[] = [];
  const state = await adminAction({ event: slug }, form, csvInvitationSchema, async (_actor, input) => {
    lines = parseInvitationCsv(input.csv);
    const valid = lines.filter((line) => line.invitee).length;
    if (valid === 0) throw new AppError("INVALID_INPUT").withFieldErrors({ csv: "Aucune ligne valide : une personne par ligne, email;prénom;nom;organisation." });
    return `${plural(valid, "personne")} prête${valid > 1 ? "s" : ""} à inviter${lines.length > valid ? `, ${plural(lines.length - valid, "ligne")} à corriger` : ""}.`;
  });
  return { ...state, values: submittedValues(form), lines };
}

/** Sends the previewed list's valid lines (those with an error were shown and are left out). */
export async function sendInvitationsAction(slug: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug);
  return adminAction({ event: slug }, formData, csvInvitationSchema, async (actor, { csv, ...terms }) => {
    const invitees = parseInvitationCsv(csv).flatMap((line) => (line.invitee ? [line.invitee] : []));
    if (invitees.length === 0) throw new AppError("INVALID_INPUT").withFieldErrors({ csv: "Aucune ligne valide à envoyer." });
    return sentMessage(await invitePeople({ actor, eventId: (await adminEventOf(slug)).id, invitees, terms }));
  });
}

export async function inviteSpeakerAction(slug: string, speakerId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, speakerId);
  return adminAction({ event: slug }, formData, z.object({}), async (actor) => {
    const result = await inviteSpeaker({ actor, eventId: (await adminEventOf(slug)).id, speakerId });
    if (result.sent === 0) throw new AppError("ALREADY_INVITED", result.refused[0]?.message);
    return "Invitation envoyée.";
  });
}

export async function resendInvitationAction(slug: string, invitationId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, invitationId);
  return adminAction({ event: slug }, formData, z.object({}), async (actor) => {
    await resendInvitation({ actor, eventId: (await adminEventOf(slug)).id, invitationId });
    return "Invitation renvoyée.";
  });
}

export async function withdrawInvitationAction(slug: string, invitationId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, invitationId);
  return adminAction({ event: slug }, formData, z.object({}), async (actor) => {
    await withdrawInvitation({ actor, eventId: (await adminEventOf(slug)).id, invitationId });
    return "Invitation retirée : son lien ne fonctionne plus.";
  });
}
