import "server-only";
import { db } from "../db/client";
import { registrationsWithEvents, toManagedRegistration, type ManagedRegistration } from "./managed-registration";
import { readReceipt } from "../links/receipt";
import { manageTokenFor } from "../links/manage-token";

export interface ReceiptView {
  registrations: ManagedRegistration[];
  /** The manage link's token, the first time the page of a submission that created the attendee is shown; then null. */
  manageToken: string | null;
  /** Whether a seat is held until the address is confirmed (the email says how). */
  awaitingEmailConfirmation: boolean;
}

/**
 * The confirmation page of a submission, live (a place may have been confirmed since), or null.
 * The manage link is shown once: the first view records it, later ones say it went by email.
 */
export async function getReceiptView({ receipt, now = new Date() }: { receipt: string; now?: Date }): Promise<ReceiptView | null> {
  const payload = readReceipt(receipt, now);
  if (!payload) return null;
  const registrations = await registrationsWithEvents({ id: { in: payload.registrationIds } });
  if (registrations.length === 0) return null;
  const attendeeId = registrations[0].attendeeId;
  let manageToken: string | null = null;
  if (payload.createdAttendee) {
    const { count } = await db.attendee.updateMany({ where: { id: attendeeId, manageLinkShownAt: null }, data: { manageLinkShownAt: now } });
    if (count === 1) {
      const { manageTokenVersion } = await db.attendee.findUniqueOrThrow({ where: { id: attendeeId }, select: { manageTokenVersion: true } });
      manageToken = manageTokenFor(attendeeId, manageTokenVersion);
    }
  }
  return {
    registrations: await Promise.all(registrations.map(toManagedRegistration)),
    manageToken,
    awaitingEmailConfirmation: registrations.some((registration) => registration.holdExpiresAt !== null && registration.status === "CONFIRMED"),
  };
}
