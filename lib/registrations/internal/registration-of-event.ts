import "server-only";
import type { Tx } from "../../db/transaction";
import { AppError } from "../../errors";

/** A registration of this event (an action bound to one event never touches another's), with its event. */
export async function registrationOfEvent(tx: Tx, eventId: string, registrationId: string) {
  const registration = await tx.registration.findFirst({ where: { id: registrationId, eventId }, include: { event: true, waitlistEntry: true } });
  if (!registration) throw new AppError("RECORD_NOT_FOUND");
  return registration;
}
