import { z } from "zod";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;

/** How an export is asked for, besides the list's filters: format, columns, CSV separator. */
export const exportOptionsSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: "Format inconnu : csv ou xlsx." }).default("csv"),
  colonnes: z
    .preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().max(40)).max(40))
    .default([]),
  separateur: z.enum(["virgule", "point-virgule"]).default("virgule").catch("virgule"),
});

export type ExportOptions = z.infer<typeof exportOptionsSchema>;
