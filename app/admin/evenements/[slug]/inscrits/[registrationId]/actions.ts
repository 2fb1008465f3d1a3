"use server";

import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import { adminEventOf } from "@/lib/events/admin-event-of";
import type { FormState } from "@/lib/form-state";
import { cancelByOrganiser } from "@/lib/registrations/cancel-by-organiser";
import { confirmRegistration } from "@/lib/registrations/confirm-registration";
import { confirmSchema, eraseSchema, internalNoteSchema, offerSchema } from "@/lib/registrations/follow-up-schema";
import { eraseAttendee } from "@/lib/registrations/erase-attendee";
import { offerPlace } from "@/lib/registrations/offer-place";
import { resendConfirmation } from "@/lib/registrations/resend-confirmation";
import { saveInternalNote } from "@/lib/registrations/save-internal-note";
import { checkActionArguments } from "@/lib/http/action-arguments";
import { arrivalOnDay } from "@/lib/checkin/check-in-hours";
import { correctArrival } from "@/lib/checkin/correct-arrival";
import { correctArrivalSchema } from "@/lib/checkin/schema";
import { resendCertificate } from "@/lib/certificates/resend-certificate";

const target = async (slug: string, registrationId: string) => ({ eventId: (await adminEventOf(slug)).id, registrationId });

export async function cancelRegistrationAction(slug: string, registrationId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, registrationId);
  return adminAction({ event: slug }, formData, z.object({}), async (actor) => {
    const { handedOut } = await cancelByOrganiser({ actor, ...(await target(slug, registrationId)) });
    return `Inscription annulée ; la personne est prévenue par email.${handedOut.length > 0 ? " Sa place est passée à la liste d'attente." : ""}`;
  });
}

export async function offerPlaceAction(slug: string, registrationId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, registrationId);
  return adminAction({ event: slug }, formData, offerSchema, async (actor, { raisonProposition }) => {
    await offerPlace({ actor, ...(await target(slug, registrationId)), overCapacityReason: raisonProposition });
    return "Une place est proposée ; la personne est prévenue par email.";
  });
}

export async function confirmRegistrationAction(slug: string, registrationId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, registrationId);
  return adminAction({ event: slug }, formData, confirmSchema, async (actor, { raison }) => {
    const { overCapacity } = await confirmRegistration({ actor, ...(await target(slug, registrationId)), overCapacityReason: raison });
    return overCapacity ? "Inscription confirmée au-delà de la capacité (raison enregistrée)." : "Inscription confirmée ; la personne est prévenue par email.";
  });
}

export async function resendConfirmationAction(slug: string, registrationId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, registrationId);
  return adminAction({ event: slug }, formData, z.object({}), async (actor) => {
    await resendConfirmation({ actor, ...(await target(slug, registrationId)) });
    return "La confirmation est renvoyée.";
  });
}

export async function saveNoteAction(slug: string, registrationId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, registrationId);
  return adminAction({ event: slug }, formData, internalNoteSchema, async (actor, { note }) => {
    await saveInternalNote({ actor, ...(await target(slug, registrationId)), note });
    return "Note enregistrée.";
  });
}

/** Admins only: erases the person at their request (their data anonymised, their places freed). */
export async function eraseAttendeeAction(slug: string, registrationId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, registrationId);
  return adminAction({ role: "ADMIN", event: slug }, formData, eraseSchema, async (actor) => {
    const { cancelled } = await eraseAttendee({ actor, ...(await target(slug, registrationId)) });
    return `Données effacées${cancelled > 0 ? ` ; ${cancelled} inscription${cancelled > 1 ? "s" : ""} annulée${cancelled > 1 ? "s" : ""}` : ""}.`;
  });
}

/** Admins only: records a late arrival the door missed, or corrects one, with a reason (journal). */
export async function correctArrivalAction(slug: string, registrationId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, registrationId);
  return adminAction({ role: "ADMIN", event: slug }, formData, correctArrivalSchema, async (actor, { heure, raison }) => {
    const event = await adminEventOf(slug);
    await correctArrival({ actor, eventId: event.id, registrationId, at: arrivalOnDay(event, heure), reason: raison });
    return "Arrivée enregistrée, avec sa raison.";
  });
}

/** The day's organisers and the admins: sends the person their attendance certificate (again) by email. */
export async function resendCertificateAction(slug: string, registrationId: string, _previous: FormState | null, formData: FormData): Promise<FormState> {
  checkActionArguments(formData, slug, registrationId);
  return adminAction({ event: slug }, formData, z.object({}), async (actor) => {
    await resendCertificate({ actor, ...(await target(slug, registrationId)) });
    return "L'attestation de présence est envoyée par email.";
  });
}
