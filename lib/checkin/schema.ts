import { z } from "zod";
import { requiredText, timeField } from "../validation";

/** How a tap found the person: the QR code, the typed code, or the search by name. */
export const CHECK_IN_METHODS = ["SCAN", "CODE", "SEARCH"] as const;

const operationId = z.uuid({ error: "Identifiant d'opération invalide." });

/**
 * A tap at the door as the phone sends it, possibly later than it was made (offline): the phone
 * names each tap so that sending it twice applies it once, and an undo names the tap it undoes.
 */
export const checkInOperationSchema = z.discriminatedUnion(
  "type",
  [
    z.object({
      type: z.literal("check-in"),
      operationId,
      at: z.iso.datetime({ offset: true, error: "Heure invalide." }),
      method: z.enum(CHECK_IN_METHODS),
      code: z.string().max(80).optional(),
      registrationId: z.string().max(40).optional(),
    }),
    z.object({ type: z.literal("undo"), operationId, undoes: operationId }),
  ],
  { error: "Opération inconnue." },
);

export type CheckInOperation = z.infer<typeof checkInOperationSchema>;

export const checkInBatchSchema = z.object(
  { operations: z.array(checkInOperationSchema).min(1, "Aucune opération.").max(200, "200 opérations au plus par envoi.") },
  { error: "Le corps de la requête doit être un objet JSON." },
);

/** An admin's late or corrected arrival: the time on the day (Paris) and why. */
export const correctArrivalSchema = z.object({
  heure: timeField("l'heure d'arrivée"),
  raison: requiredText("la raison", 300),
});
