import "server-only";
import type { Prisma } from "../generated/sqlite/client";
import { enqueueEmail } from "../mail/outbox";

/** Tells every confirmed attendee of an event what changed, in the caller's transaction. */
export async function announceProgrammeChange(tx: Prisma.TransactionClient, eventId: string, changes: string[]): Promise<number> {
  const confirmed = await tx.registration.findMany({ where: { eventId, status: "CONFIRMED" }, select: { id: true, attendeeId: true } });
  for (const registration of confirmed) {
    await enqueueEmail(tx, { kind: "PROGRAMME_CHANGED", attendeeId: registration.attendeeId, registrationId: registration.id, data: { changes } });
  }
  return confirmed.length;
}
