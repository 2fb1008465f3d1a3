import { z } from "zod";

export const EXPORT_FORMATS = ["csv", "xlsx", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How an export is asked for, besides the list's filters: format, columns, CSV separator, badge layout. */
export const exportOptionsSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: "Format inconnu : csv, xlsx ou pdf." }).optional(),
  colonnes: z
    .preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().max(80)).max(100))
    .default([]),
  separateur: z.enum(["virgule", "point-virgule"]).default("virgule").catch("virgule"),
  /** Badges: A4 sheets of ten, or one a page for a badge printer. */
  disposition: z.enum(["planche", "unitaire"]).default("planche").catch("planche"),
  /** The answers to sensitive questions (health...), left out unless asked for, by an admin only. */
  sensibles: z.enum(["oui"]).optional().catch(undefined),
  /** Certificates: one registration's only. */
  inscription: z.string().max(40).optional().catch(undefined),
});

export type ExportOptions = z.infer<typeof exportOptionsSchema>;
