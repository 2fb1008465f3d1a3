import "server-only";
import { attendeeByToken } from "./attendee-by-token";
import { RegistrationError } from "./errors";
import { releaseRegistration } from "./release-registration";
import { inTransaction } from "./transaction";
import type { SeatHandedOut } from "./waitlist";

export interface CancelRegistrationsResult {
  cancelled: { registrationId: string; event: { slug: string; title: string } }[];
  handedOut: SeatHandedOut[];
}

/** Cancels an attendee's active registrations (all, or those of the given events). */
export async function cancelRegistrations({
  token,
  events,
  now = new Date(),
}: {
  token: string;
  events?: string[];
  now?: Date;
}): Promise<CancelRegistrationsResult> {
  return inTransaction(async (tx) => {
    const attendee = await attendeeByToken(tx, token);
    const active = await tx.registration.findMany({
      where: { attendeeId: attendee.id, status: { not: "CANCELLED" }, ...(events ? { event: { slug: { in: events } } } : {}) },
      include: { event: { select: { slug: true, title: true, startsAt: true } } },
    });
    if (active.length === 0) throw new RegistrationError("NOTHING_TO_CANCEL");
    const started = active.find((registration) => registration.event.startsAt <= now);
    if (started) throw new RegistrationError("EVENT_STARTED", started.event.title);
    const result: CancelRegistrationsResult = { cancelled: [], handedOut: [] };
    for (const registration of active) {
      const handedOut = await releaseRegistration(tx, registration.id, "ATTENDEE", now);
      if (!handedOut) continue;
      result.handedOut.push(...handedOut);
      result.cancelled.push({ registrationId: registration.id, event: { slug: registration.event.slug, title: registration.event.title } });
    }
    if (result.cancelled.length === 0) throw new RegistrationError("NOTHING_TO_CANCEL");
    return result;
  });
}
