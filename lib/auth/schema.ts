import { z } from "zod";
import { emailSchema } from "../validation";
import { USER_ROLES } from "./roles";

/** Where to go after signing in: a back-office path of this site, never another site. */
export const callbackPathSchema = z
  .string()
  .regex(/^\/admin(\/[A-Za-z0-9._~%\-/]*)?(\?[A-Za-z0-9._~%\-=&+]*)?$/)
  .catch("/admin");

/** The form's values for an organiser's reach: every day, or only the days ticked. */
export const ACCOUNT_REACHES = ["toutes", "cochees"] as const;

export const signInRequestSchema = z.object({ email: emailSchema, callbackPath: callbackPathSchema });

export const accountSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(120, "Le nom : 120 caractères au plus.").optional().transform((name) => name || null),
  role: z.enum(USER_ROLES, { error: "Choisissez un rôle." }),
  /**
   * An organiser's reach: every day (« toutes »), an explicit choice, or only the days ticked
   * (« cochees »), possibly none: an empty list never means every day.
   */
  allEvents: z.enum(ACCOUNT_REACHES, { error: "Choisissez les journées de l'organisateur·rice." }).transform((reach) => reach === "toutes"),
  /** The event ids an organiser is limited to when not every day. */
  eventIds: z.preprocess((ids) => (ids === undefined ? [] : Array.isArray(ids) ? ids : [ids]), z.array(z.string().max(40)).max(50)),
});

export const accountUpdateSchema = accountSchema.omit({ email: true });

export type AccountInput = z.output<typeof accountSchema>;
