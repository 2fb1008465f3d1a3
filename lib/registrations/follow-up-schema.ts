import { z } from "zod";
import { optionalText } from "../validation";

export const internalNoteSchema = z.object({ note: optionalText("la note", 2000, { lines: true }) });

/** An admin confirms, or offers a place, over the capacity only with a reason, which the journal keeps. */
export const confirmSchema = z.object({ raison: optionalText("la raison", 300) });
export const offerSchema = z.object({ raisonProposition: optionalText("la raison", 300) });
