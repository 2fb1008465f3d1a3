import "server-only";
import { registrationsWithEvents, toManagedRegistration, type ManagedRegistration } from "./managed-registration";
import { readReceipt } from "./receipt";

export interface ReceiptView {
  registrations: ManagedRegistration[];
  /** Present only when the submission created the attendee (see createReceipt). */
  manageToken: string | null;
}

/** The confirmation page of a submission, live (a place may have been confirmed since), or null. */
export async function getReceiptView({ receipt, now = new Date() }: { receipt: string; now?: Date }): Promise<ReceiptView | null> {
  const payload = readReceipt(receipt, now);
  if (!payload) return null;
  const registrations = await registrationsWithEvents({ id: { in: payload.registrationIds } });
  if (registrations.length === 0) return null;
  return { registrations: await Promise.all(registrations.map(toManagedRegistration)), manageToken: payload.manageToken };
}
