import { z } from "zod";
import { optionalText } from "../validation";

export const internalNoteSchema = z.object({ note: optionalText("la note", 2000, { lines: true }) });

/** An admin confirms, or offers a place, over the capacity only with a reason, which the journal keeps. */
export const confirmSchema = z.object({ raison: optionalText("la raison", 300) });
export const offerSchema = z.object({ raisonProposition: optionalText("la raison", 300) });

/** Erasing a person cannot be undone: the admin ticks that they mean it. */
export const eraseSchema = z.object({
  confirmation: z.literal("oui", { error: "Cochez la case pour confirmer l'effacement : il est définitif." }),
});
