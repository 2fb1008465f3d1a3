import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { certificatesRefusal } from "../exports/certificate-rules";
import { requestDelivery } from "../outbox/delivery-trigger";
import { certifiedRegistrations } from "./internal/certified-registrations";
import { dayOver } from "./internal/day-over";
import { sendCertificate } from "./internal/send-certificate";

/**
 * « Envoyer les attestations maintenant » (an organiser of the day or an admin), once the day is
 * over: whoever was checked in within it and has not had theirs gets it now, whatever the day's
 * option; nobody gets it twice (the job sends nothing more afterwards). Audited with the count.
 */
export async function sendCertificatesNow({ actor, eventId, now = new Date() }: { actor: UserActor; eventId: string; now?: Date }): Promise<{ sent: number }> {
  const event = await db.event.findUnique({ where: { id: eventId } });
  if (!event) throw new AppError("RECORD_NOT_FOUND");
  dayOver(event, now);
  const refusal = certificatesRefusal(event, now);
  if (refusal) throw new AppError(refusal.code, refusal.detail);
  let sent = 0;
  for (const registration of await certifiedRegistrations(event.id, now, { unsent: true })) {
    if (await sendCertificate({ actor, registration, now })) sent++;
  }
  await inTransaction((tx) => recordAudit(tx, actor, { action: "event.certificates.sent", entityType: "Event", entityId: event.id, eventId: event.id, after: { sent } }));
  if (sent > 0) requestDelivery();
  return { sent };
}
