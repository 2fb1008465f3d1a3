import { z } from "zod";

/** An event's slug as it appears in URLs: lower-case words joined by hyphens. */
export const slugSchema = z
  .string({ error: "Indiquez une journée." })
  .max(80, "Cette journée n'existe pas.")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Cette journée n'existe pas.");
