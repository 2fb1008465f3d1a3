import "server-only";
import { randomUUID } from "node:crypto";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { requireWithinCheckInWindow } from "./check-in-hours";

/**
 * An admin records a late arrival the door missed, or corrects a wrong one: a time inside the day's
 * check-in window, already passed, and a reason. The arrival becomes method CORRECTED with its
 * reason, by this admin; the journal keeps it before and after. Organisers cannot.
 */
export async function correctArrival({
  actor,
  eventId,
  registrationId,
  at,
  reason,
  now = new Date(),
}: {
  actor: UserActor;
  eventId: string;
  registrationId: string;
  at: Date;
  reason: string;
  now?: Date;
}): Promise<void> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN");
  await inTransaction(async (tx) => {
    const registration = await tx.registration.findFirst({
      where: { id: registrationId, eventId },
      select: { id: true, status: true, event: { select: { startsAt: true, endsAt: true } }, checkIn: { select: { checkedInAt: true, method: true, correctionReason: true, byLabel: true } } },
    });
    if (!registration) throw new AppError("RECORD_NOT_FOUND");
    if (registration.status !== "CONFIRMED") throw new AppError("WRONG_STATUS");
    requireWithinCheckInWindow(registration.event, at, "heure");
    if (at > now) throw new AppError("ARRIVAL_IN_FUTURE", undefined, "heure");
    const arrival = { checkedInAt: at, method: "CORRECTED" as const, correctionReason: reason, byUserId: actor.userId, byLabel: actor.email };
    const { checkIn } = registration;
    if (checkIn) await tx.checkIn.update({ where: { registrationId }, data: arrival });
    else await tx.checkIn.create({ data: { ...arrival, registrationId, eventId, operationId: randomUUID() } });
    await recordAudit(tx, actor, {
      action: "registration.check-in.corrected",
      entityType: "Registration",
      entityId: registrationId,
      eventId,
      before: checkIn ? { checkedInAt: checkIn.checkedInAt.toISOString(), method: checkIn.method, reason: checkIn.correctionReason, by: checkIn.byLabel } : { checkedInAt: null },
      after: { checkedInAt: at.toISOString(), method: "CORRECTED", reason },
    });
  });
}
