import "server-only";
import { selfActor, type AttendeeActor } from "../audit/actor";
import { attendeeByToken } from "./internal/attendee-by-token";
import { AppError } from "../errors";
import { toCancelled } from "./internal/status-changes";
import { inTransaction } from "../db/transaction";
import type { SeatHandedOut } from "./internal/waitlist";

export interface CancelRegistrationsResult {
  cancelled: { registrationId: string; event: { slug: string; title: string } }[];
  handedOut: SeatHandedOut[];
}

/** Cancels an attendee's active registrations (all, or those of the given events). */
export async function cancelRegistrations({
  actor,
  events,
  now = new Date(),
}: {
  actor: AttendeeActor;
  events?: string[];
  now?: Date;
}): Promise<CancelRegistrationsResult> {
  return inTransaction(async (tx) => {
    const attendee = await attendeeByToken(tx, actor.token, now);
    const active = await tx.registration.findMany({
      where: { attendeeId: attendee.id, status: { not: "CANCELLED" }, ...(events ? { event: { slug: { in: events } } } : {}) },
      include: { event: { select: { slug: true, title: true, startsAt: true } } },
    });
    if (active.length === 0) throw new AppError("NOTHING_TO_CANCEL");
    const started = active.find((registration) => registration.event.startsAt <= now);
    if (started) throw new AppError("EVENT_STARTED", started.event.title);
    const result: CancelRegistrationsResult = { cancelled: [], handedOut: [] };
    for (const registration of active) {
      const handedOut = await toCancelled(tx, selfActor(attendee.id), registration.id, "ATTENDEE", now);
      if (!handedOut) continue;
      result.handedOut.push(...handedOut);
      result.cancelled.push({ registrationId: registration.id, event: { slug: registration.event.slug, title: registration.event.title } });
    }
    if (result.cancelled.length === 0) throw new AppError("NOTHING_TO_CANCEL");
    return result;
  });
}
