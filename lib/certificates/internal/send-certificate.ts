import "server-only";
import type { AuditActor } from "../../audit/actor";
import { recordAudit } from "../../audit/record-audit";
import { inTransaction } from "../../db/transaction";
import { enqueueEmail } from "../../outbox/outbox";

/**
 * Claims a registration's certificate and writes its email, in one transaction: the claim is a
 * conditional update of its sent-at marker (still unset, or for a resend set before `resentBefore`),
 * so that of several instances (or clicks) one alone writes it. False when another had claimed it.
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
    const claimed = await tx.registration.updateMany({
      where: { id: registration.id, OR: [{ certificateSentAt: null }, ...(resentBefore ? [{ certificateSentAt: { lt: resentBefore } }] : [])] },
      data: { certificateSentAt: now },
    });
    if (claimed.count === 0) return false;
    await enqueueEmail(tx, { kind: "ATTENDANCE_CERTIFICATE", attendeeId: registration.attendeeId, registrationId: registration.id, createdAt: now });
    await recordAudit(tx, actor, {
      action: resentBefore ? "registration.certificate.resent" : "registration.certificate.sent",
      entityType: "Registration",
      entityId: registration.id,
      eventId: registration.eventId,
    });
    return true;
  });
}
