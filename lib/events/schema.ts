import { z } from "zod";

/** An event's slug as it appears in URLs: lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
