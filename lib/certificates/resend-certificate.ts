import "server-only";
import type { UserActor } from "../audit/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { certificateInclude } from "../exports/attendance-certificate";
import { certificateRefusal } from "../exports/certificate-rules";
import { requestDelivery } from "../outbox/delivery-trigger";
import { dayOver } from "./internal/day-over";
import { sendCertificate } from "./internal/send-certificate";

/** Not twice in this time: a double click sends one email. */
const RESEND_INTERVAL_MS = 5 * 60_000;

/**
 * Sends one person their certificate (again), from their registration's page: once the day is
 * over, to a confirmed person arrived within it. Audited on the registration.
 */
export async function resendCertificate({ actor, eventId, registrationId, now = new Date() }: { actor: UserActor; eventId: string; registrationId: string; now?: Date }): Promise<void> {
  const registration = await db.registration.findFirst({ where: { id: registrationId, eventId }, include: certificateInclude });
  if (!registration) throw new AppError("RECORD_NOT_FOUND");
  const { event } = registration;
  dayOver(event, now);
  const refusal = registration.status === "CONFIRMED" ? certificateRefusal(event, event.programme, registration.checkIn?.checkedInAt ?? null, now) : { code: "NO_CERTIFICATE" as const };
  if (refusal) throw new AppError(refusal.code, refusal.detail);
  if (!(await sendCertificate({ actor, registration, now, resentBefore: new Date(now.getTime() - RESEND_INTERVAL_MS) }))) throw new AppError("CERTIFICATE_RECENTLY_SENT");
  requestDelivery();
}
