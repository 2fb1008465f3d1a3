import { z } from "zod";
import type { Prisma } from "../db/models";
import { requiredText } from "../validation";

export const AUDIENCES = ["CONFIRMED", "WAITLISTED", "OFFERED", "ACTIVE"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  CONFIRMED: "Les personnes confirmées",
  WAITLISTED: "Les personnes en liste d'attente",
  OFFERED: "Les personnes à qui une place est proposée",
  ACTIVE: "Toutes les personnes inscrites (sauf annulations)",
};

/** The registrations a message goes to. */
export const audienceWhere = (eventId: string, audience: Audience): Prisma.RegistrationWhereInput => ({
  eventId,
  status: audience === "ACTIVE" ? { not: "CANCELLED" } : audience,
});

export const messageInputSchema = z.object({
  subject: requiredText("l'objet", 150),
  body: z
    .string({ error: "Écrivez le message." })
    .trim()
    .min(1, "Écrivez le message.")
    .max(5000, "Le message : 5000 caractères au plus.")
    .transform((text) => text.replace(/\r\n?/g, "\n"))
    .refine((text) => /^[^\p{Cc}]*$/u.test(text.replace(/\n/g, "")), "Le message contient des caractères non autorisés."),
  audience: z.enum(AUDIENCES, { error: "Choisissez à qui écrire." }),
});

export type MessageInput = z.infer<typeof messageInputSchema>;
