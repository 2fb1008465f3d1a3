import { z } from "zod";
import { emailSchema, isSafeText, nfc, requiredText, slugSchema } from "../validation";
import { answersInputSchema } from "../questions/schema";

export const ORGANISATION_TYPES = ["REGION", "DEPARTEMENT", "INTERCOMMUNALITE", "COMMUNE", "RESEAU", "STRUCTURE_ESS", "ETAT", "AUTRE"] as const;
export const ROLES = ["ELU", "AGENT", "AUTRE"] as const;

export const ORGANISATION_TYPE_LABELS: Record<(typeof ORGANISATION_TYPES)[number], string> = {
  REGION: "Région",
  DEPARTEMENT: "Département",
  INTERCOMMUNALITE: "Intercommunalité",
  COMMUNE: "Commune",
  RESEAU: "Réseau de collectivités",
  STRUCTURE_ESS: "Structure de l'ESS",
  ETAT: "Administration de l'État",
  AUTRE: "Autre",
};

export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  ELU: "Élu·e",
  AGENT: "Agent·e",
  AUTRE: "Autre",
};

/** Letters of any script, with the spaces, apostrophes, hyphens and dots that names contain. */
const NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M}\s'’.-]*$/u;

const name = (label: string) => requiredText(label, 100).regex(NAME_PATTERN, `${label.charAt(0).toUpperCase()}${label.slice(1)} ne peut contenir que des lettres, espaces, apostrophes, points et traits d'union.`);

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} : texte attendu.` })
    .trim()
    .overwrite(nfc)
    .max(max, `${label} : ${max} caractères au plus.`)
    .refine((text) => isSafeText(text), `${label} contient des caractères non autorisés (invisibles ou de mise en forme).`)
    .default("");

const phone = z
  .string({ error: "Le téléphone doit être un texte." })
  .trim()
  .max(30, "Le numéro de téléphone est trop long.")
  .regex(/^(\+?[0-9][0-9 .()-]{5,24})?$/, "Indiquez un numéro de téléphone valide, par exemple 01 23 45 67 89.")
  .nullish()
  .transform((value) => (value ? value : null));

export { emailSchema } from "../validation";

/** The attendee's own details: what the form asks and what the manage page edits. */
const detailsShape = {
  firstName: name("votre prénom"),
  lastName: name("votre nom"),
  organisation: requiredText("votre organisation", 200),
  organisationType: z.enum(ORGANISATION_TYPES, { error: "Choisissez le type de structure." }),
  jobTitle: requiredText("votre fonction", 150),
  role: z.enum(ROLES, { error: "Choisissez votre statut." }),
  phone,
  dietaryNeeds: optionalText("Régime alimentaire", 500),
  accessibilityNeeds: optionalText("Besoins d'accessibilité", 500),
};

const OBJECT_EXPECTED = { error: "Le corps de la requête doit être un objet JSON." };

export const registrationInputSchema = z.object({
  events: z
    .array(slugSchema, { error: "Choisissez au moins une journée." })
    .min(1, "Choisissez au moins une journée.")
    .max(5, "Choisissez au plus la journée nationale et une journée régionale.")
    .transform((slugs) => [...new Set(slugs)]),
  email: emailSchema,
  ...detailsShape,
  lunch: z.boolean({ error: "Indiquez si vous déjeunez sur place." }).default(false),
  consent: z.literal(true, { error: "Vous devez accepter le traitement de vos données pour vous inscrire." }),
  /** The answers to the chosen days' questions, by event slug then question key (checked against them on registering). */
  answers: answersInputSchema.optional(),
}, OBJECT_EXPECTED);

export type RegistrationInput = z.infer<typeof registrationInputSchema>;

/** An invited person's details, when their address is new: the registration form without the address (their invitation's) and the days. */
export const guestDetailsSchema = z.object({
  ...detailsShape,
  lunch: z.boolean({ error: "Indiquez si vous déjeunez sur place." }).default(false),
  consent: z.literal(true, { error: "Vous devez accepter le traitement de vos données pour vous inscrire." }),
}, OBJECT_EXPECTED);

export type GuestDetails = z.infer<typeof guestDetailsSchema>;

export const attendeeUpdateSchema = z
  .object({ ...detailsShape, lunch: z.boolean({ error: "Indiquez si vous déjeunez sur place." }) }, OBJECT_EXPECTED)
  .partial()
  .strict();

export type AttendeeUpdate = z.infer<typeof attendeeUpdateSchema>;

/** The JSON API's PATCH: the details, and the answers to the questions of days held, by event slug. */
export const attendeeApiUpdateSchema = attendeeUpdateSchema.extend({ answers: answersInputSchema.optional() });

export const cancellationSchema = z
  .object({ events: z.array(slugSchema, { error: "Indiquez les journées à annuler." }).min(1, "Indiquez les journées à annuler.").optional() }, OBJECT_EXPECTED)
  .strict();

/** « Lien perdu » : the address the manage link is asked for. */
export const manageLinkRequestSchema = z.object({ email: emailSchema }, OBJECT_EXPECTED);

export const manageTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const offerAnswerSchema = z.object({ event: slugSchema }, OBJECT_EXPECTED).strict();

/**
 * A person registered at the door by an organiser: who they are, and their consent given there.
 * An admin who gives a reason may let them in although the day is full.
 */
export const walkInSchema = z.object(
  {
    email: emailSchema,
    firstName: name("le prénom"),
    lastName: name("le nom"),
    organisation: requiredText("l'organisation", 200),
    organisationType: detailsShape.organisationType,
    jobTitle: requiredText("la fonction", 150),
    role: detailsShape.role,
    consent: z.literal(true, { error: "La personne doit accepter le traitement de ses données." }),
    overCapacityReason: optionalText("Motif du dépassement de capacité", 300),
    operationId: z.uuid({ error: "Identifiant d'opération invalide." }),
  },
  OBJECT_EXPECTED,
);

export type WalkInInput = z.infer<typeof walkInSchema>;
