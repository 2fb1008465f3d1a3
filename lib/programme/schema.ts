import { z } from "zod";
import { optionalText, requiredText, timeField, optionalEmail } from "../validation";

export const PROGRAMME_ITEM_KINDS = ["OPENING", "KEYNOTE", "ROUND_TABLE", "EXCHANGE", "LUNCH", "SYNTHESIS", "CLOSING"] as const;

/** A programme item as the back-office form gives it: times of the event's day. */
export const programmeItemInputSchema = z
  .object({
    kind: z.enum(PROGRAMME_ITEM_KINDS, { error: "Choisissez le type de séquence." }),
    title: requiredText("le titre", 200),
    description: optionalText("la description", 1000, { lines: true }),
    startTime: timeField("l'heure de début"),
    endTime: z
      .string()
      .regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, "Indiquez l'heure de fin au format hh:mm, par exemple 10:45, ou laissez vide.")
      .optional()
      .transform((time) => time || null),
  })
  .refine((item) => !item.endTime || item.endTime > item.startTime, { path: ["endTime"], message: "L'heure de fin doit être après l'heure de début." });

export type ProgrammeItemInput = z.infer<typeof programmeItemInputSchema>;

export const speakerInputSchema = z.object({
  name: requiredText("le nom", 120),
  title: optionalText("la fonction", 200),
  /** To invite them to the days they speak at; never shown to the public. */
  email: optionalEmail("l'adresse email"),
});

export type SpeakerInput = z.infer<typeof speakerInputSchema>;

export const speakerLinkSchema = z.object({
  speakerId: z.string({ error: "Choisissez un·e intervenant·e." }).min(1, "Choisissez un·e intervenant·e.").max(40),
  confirmed: z.enum(["oui", "non"], { error: "Indiquez si la participation est confirmée." }).transform((answer) => answer === "oui"),
});

export const moveSchema = z.object({ direction: z.enum(["up", "down"], { error: "Déplacement inconnu." }) });
