import "server-only";
import type { AuditActor } from "../../audit/actor";
import { recordAudit } from "../../audit/record-audit";
import { inTransaction } from "../../db/transaction";
import { enqueueEmail } from "../../outbox/outbox";

/**
 * Claims a registration's certificate and writes its email, in one transaction: the claim is a
 * conditional update of its sent-at marker (still unset; or, for a resend, set before
 * `resentBefore`), so that of several instances (or clicks) one alone writes it. The audit says
 * `sent` for a first email and `resent` only when one had gone before. False when another had claimed it.
 */
export async function sendCertificate({
  actor,
  registration,
  now,
  resentBefore,
}: {
  actor: AuditActor;
  registration: { id: string; attendeeId: string; eventId: string };
  now: Date;
  resentBefore?: Date;
}): Promise<boolean> {
  return inTransaction(async (tx) => {
    const claim = (sentAt: null | { lt: Date }) => tx.registration.updateMany({ where: { id: registration.id, certificateSentAt: sentAt }, data: { certificateSentAt: now } });
    const first = (await claim(null)).count > 0;
    if (!first && !(resentBefore && (await claim({ lt: resentBefore })).count > 0)) return false;
    await enqueueEmail(tx, { kind: "ATTENDANCE_CERTIFICATE", attendeeId: registration.attendeeId, registrationId: registration.id, createdAt: now });
    await recordAudit(tx, actor, {
      action: first ? "registration.certificate.sent" : "registration.certificate.resent",
      entityType: "Registration",
      entityId: registration.id,
      eventId: registration.eventId,
    });
    return true;
  });
}
