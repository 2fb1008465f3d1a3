import { z } from "zod";
import { emailSchema } from "../registrations/schema";
import { USER_ROLES } from "./roles";

/** Where to go after signing in: a back-office path of this site, never another site. */
export const callbackPathSchema = z
  .string()
  .regex(/^\/admin(\/[A-Za-z0-9._~%\-/]*)?(\?[A-Za-z0-9._~%\-=&+]*)?$/)
  .catch("/admin");

export const signInRequestSchema = z.object({ email: emailSchema, callbackPath: callbackPathSchema });

export const accountSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(120, "Le nom : 120 caractères au plus.").optional().transform((name) => name || null),
  role: z.enum(USER_ROLES, { error: "Choisissez un rôle." }),
  /** Event ids an organiser is limited to; empty: every event. */
  eventIds: z.preprocess((ids) => (ids === undefined ? [] : Array.isArray(ids) ? ids : [ids]), z.array(z.string().max(40)).max(50)),
});

export const accountUpdateSchema = accountSchema.omit({ email: true });

export type AccountInput = z.infer<typeof accountSchema>;
