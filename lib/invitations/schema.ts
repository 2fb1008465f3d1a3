import { z } from "zod";
import { parisTime } from "../dates";
import type { GuestRole, InvitationState } from "../db/models";
import type { FormState } from "../form-state";
import { emailSchema, integer, isSafeText, nfc, requiredText, splitDate, splitTime } from "../validation";

export const GUEST_ROLES = ["INTERVENANT", "INVITE", "PRESSE", "ORGANISATION"] as const satisfies readonly GuestRole[];

export { GUEST_ROLE_LABELS } from "../registrations/guest-roles";

export const INVITATION_STATE_LABELS: Record<InvitationState, string> = {
  SENT: "envoyée",
  ACCEPTED: "acceptée",
  DECLINED: "déclinée",
  EXPIRED: "expirée",
  WITHDRAWN: "retirée",
};

/** Most people pasted or uploaded at once. */
export const MAX_INVITATIONS_AT_ONCE = 300;

/** The largest CSV file read (about 300 lines of a long address and names). */
export const MAX_CSV_BYTES = 100_000;

const personName = (label: string) => requiredText(label, 100);

/** One person to invite: what the single form and each CSV line give. */
export const inviteeSchema = z.object({
  email: emailSchema,
  firstName: personName("le prénom"),
  lastName: personName("le nom"),
  organisation: z
    .string()
    .trim()
    .overwrite(nfc)
    .max(200, "L'organisation : 200 caractères au plus.")
    .refine((text) => isSafeText(text), "L'organisation contient des caractères non autorisés (invisibles ou de mise en forme).")
    .default(""),
});

export type Invitee = z.infer<typeof inviteeSchema>;

/** "2028-05-01T09:00" (a datetime-local input), in Paris time. */
const dateTime = (label: string) =>
  z
    .string({ error: `Indiquez ${label}.` })
    .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, `Indiquez ${label} : date et heure.`)
    .transform((value) => parisTime(...splitDate(value.slice(0, 10)), ...splitTime(value.slice(11, 16))))
    .refine((date) => !Number.isNaN(date.getTime()), `${label.charAt(0).toUpperCase()}${label.slice(1)} n'existe pas dans le calendrier.`);

/** What every invitation of one sending shares: role, message, expiry, reminder. */
export const invitationTermsSchema = z.object({
  role: z.enum(GUEST_ROLES, { error: "Choisissez le rôle des personnes invitées." }),
  message: z
    .string()
    .trim()
    .overwrite(nfc)
    .max(2000, "Le message : 2 000 caractères au plus.")
    .transform((text) => text.replace(/\r\n?/g, "\n"))
    .refine((text) => isSafeText(text, { lines: true }), "Le message contient des caractères non autorisés (invisibles ou de mise en forme).")
    .optional()
    .transform((text) => text || null),
  expiresAt: dateTime("la date limite de réponse"),
  /** Days before the expiry to remind those who have not answered; empty or 0: no reminder. */
  reminderDays: z
    .union([z.literal(""), integer("le rappel", 0, 60)])
    .optional()
    .transform((days) => (days === "" || days === undefined || days === 0 ? null : days)),
});

export type InvitationTerms = z.infer<typeof invitationTermsSchema>;

export const singleInvitationSchema = inviteeSchema.extend(invitationTermsSchema.shape);

export const csvInvitationSchema = invitationTermsSchema.extend({
  csv: z.string({ error: "Collez les lignes ou choisissez un fichier." }).max(MAX_CSV_BYTES, "Le fichier est trop volumineux (100 Ko au plus)."),
});

export const reservedPlacesSchema = z.object({
  reservedPlaces: integer("le nombre de places réservées", 0, 10_000),
  reservedReleaseAt: z
    .union([z.literal(""), dateTime("la date de libération")])
    .optional()
    .transform((date) => (date === "" || date === undefined ? null : date)),
});

export type ReservedPlacesInput = z.infer<typeof reservedPlacesSchema>;

/** One line of a pasted or uploaded list, as the preview shows it. */
export type CsvLine = { line: number; invitee: Invitee; error?: undefined } | { line: number; invitee?: undefined; error: string; text: string };

/** What the import form's preview answers: the lines read, each valid or with its error. */
export interface ImportPreviewState extends FormState {
  lines?: CsvLine[];
}
