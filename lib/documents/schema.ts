import { z } from "zod";
import { requiredText } from "../validation";

/** An id of the database (cuid), as a form or an address sends it. */
const idField = (label: string) => z.string({ error: `${label} : identifiant attendu.` }).regex(/^[a-z0-9]{20,40}$/, `${label} : identifiant inconnu.`);

/** The upload form's fields (the file apart): a title, the programme item it goes with, published at once or not. */
export const documentFieldsSchema = z.object({
  title: requiredText("le titre du document", 200),
  programmeItemId: z
    .union([z.literal(""), idField("La séquence")])
    .optional()
    .transform((value) => value || null),
  publish: z
    .union([z.literal("oui"), z.literal("")])
    .optional()
    .transform((value) => value === "oui"),
});

export type DocumentFields = z.output<typeof documentFieldsSchema>;

export const documentIdSchema = idField("Le document");
