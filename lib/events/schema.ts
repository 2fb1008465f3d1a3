import { z } from "zod";
import { parisTime } from "../dates";
import { dateField, integer, optionalDateTimeField, optionalEmail, optionalText, requiredText, splitDate, splitTime, timeField } from "../validation";

export { slugSchema } from "../validation";

export const EVENT_KINDS = ["NATIONAL", "REGIONAL"] as const;
export const WAITLIST_MODES = ["OFFER", "AUTO_CONFIRM"] as const;
export const EVENT_STATUSES = ["DRAFT", "PUBLISHED", "CLOSED"] as const;

export const EVENT_KIND_LABELS: Record<(typeof EVENT_KINDS)[number], string> = {
  NATIONAL: "Journée nationale",
  REGIONAL: "Journée régionale",
};

export const WAITLIST_MODE_LABELS: Record<(typeof WAITLIST_MODES)[number], string> = {
  OFFER: "Proposer la place (la personne doit accepter avant l'expiration)",
  AUTO_CONFIRM: "Confirmer directement la première personne en attente",
};

export const EVENT_STATUS_LABELS: Record<(typeof EVENT_STATUSES)[number], string> = {
  DRAFT: "Brouillon (non publiée)",
  PUBLISHED: "Publiée, inscriptions ouvertes",
  CLOSED: "Publiée, inscriptions fermées",
};

/** What an admin sets of an event in the back office (status apart: setEventStatus). */
export const eventInputSchema = z
  .object({
    title: requiredText("le titre", 120),
    slug: z
      .string({ error: "Indiquez l'adresse de la page." })
      .trim()
      .max(80, "L'adresse de la page : 80 caractères au plus.")
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "L'adresse de la page : lettres minuscules sans accent, chiffres et traits d'union, par exemple journee-nantes."),
    kind: z.enum(EVENT_KINDS, { error: "Choisissez le type de journée." }),
    region: optionalText("la région", 120),
    summary: requiredText("la présentation", 2000),
    date: dateField("la date"),
    startTime: timeField("l'heure de début"),
    endTime: timeField("l'heure de fin"),
    city: requiredText("la ville", 100),
    venue: optionalText("le lieu", 200),
    address: optionalText("l'adresse", 200),
    host: optionalText("la collectivité qui accueille", 200),
    capacity: integer("la capacité", 1, 10_000),
    registrationOpensAt: optionalDateTimeField("l'ouverture des inscriptions"),
    registrationClosesAt: optionalDateTimeField("la clôture des inscriptions"),
    securityListCutoffAt: optionalDateTimeField("l'arrêt de la liste de sécurité"),
    retentionMonths: integer("la durée de conservation des données", 1, 36).default(6),
    waitlistMode: z.enum(WAITLIST_MODES, { error: "Choisissez le fonctionnement de la liste d'attente." }),
    offerHours: integer("la durée de validité d'une place proposée", 1, 336),
    emailConfirmationHours: integer("le délai de confirmation de l'adresse", 0, 168).default(0),
    reminderDaysBefore: integer("le délai du rappel", 0, 30),
    replyTo: optionalEmail("l'adresse de réponse"),
    certificateSignatoryName: optionalText("le nom du ou de la signataire des attestations", 120),
    certificateSignatoryTitle: optionalText("la fonction du ou de la signataire des attestations", 200),
    certificatesByEmail: z.enum(["oui", "non"], { error: "Choisissez si les attestations sont envoyées par email." }).default("oui"),
    certificatesEmailTime: timeField("l'heure d'envoi des attestations").default("09:00"),
  })
  .refine((event) => event.endTime > event.startTime, { path: ["endTime"], message: "L'heure de fin doit être après l'heure de début." })
  .refine((event) => Boolean(event.certificateSignatoryName) || !event.certificateSignatoryTitle, {
    path: ["certificateSignatoryName"],
    message: "Indiquez aussi le nom du ou de la signataire des attestations, ou effacez sa fonction.",
  })
  .refine((event) => Boolean(event.certificateSignatoryTitle) || !event.certificateSignatoryName, {
    path: ["certificateSignatoryTitle"],
    message: "Indiquez aussi la fonction du ou de la signataire des attestations, ou effacez son nom.",
  })
  .refine((event) => !event.registrationOpensAt || !event.registrationClosesAt || event.registrationClosesAt > event.registrationOpensAt, {
    path: ["registrationClosesAt"],
    message: "La clôture des inscriptions doit être après leur ouverture.",
  })
  .transform(({ date, startTime, endTime, registrationOpensAt, registrationClosesAt, securityListCutoffAt, emailConfirmationHours, certificatesByEmail, ...event }) => ({
    ...event,
    certificatesByEmail: certificatesByEmail === "oui",
    emailConfirmationHours: emailConfirmationHours || null,
    startsAt: parisTime(...splitDate(date), ...splitTime(startTime)),
    endsAt: parisTime(...splitDate(date), ...splitTime(endTime)),
    registrationOpensAt: registrationOpensAt ? parisDateTime(registrationOpensAt) : null,
    registrationClosesAt: registrationClosesAt ? parisDateTime(registrationClosesAt) : null,
    securityListCutoffAt: securityListCutoffAt ? parisDateTime(securityListCutoffAt) : null,
  }));

export type EventInput = z.infer<typeof eventInputSchema>;

export const eventStatusSchema = z.enum(EVENT_STATUSES, { error: "Statut inconnu." });

/** "2028-05-01T09:00", read as Paris time. */
function parisDateTime(value: string): Date {
  const [date, time] = value.split("T");
  return parisTime(...splitDate(date), ...splitTime(time));
}

/** The form « Créer une journée »: the day, and the edition it joins (by its address; none: the current one). */
export const newEventInputSchema = eventInputSchema.and(
  z.object({
    edition: z
      .string({ error: "Choisissez une édition de la liste." })
      .trim()
      .max(80, "Choisissez une édition de la liste.")
      .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "Choisissez une édition de la liste.")
      .optional()
      .transform((edition) => edition || undefined),
  }),
);
