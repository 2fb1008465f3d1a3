import "server-only";
import { systemActor } from "../audit/actor";
import { db } from "../db/client";
import { requestDelivery } from "../outbox/delivery-trigger";
import { certifiedRegistrations } from "./internal/certified-registrations";
import { sendCertificate } from "./internal/send-certificate";
import { CERTIFICATES_CATCH_UP_DAYS, certificatesCatchUpOver, certificatesSendTime } from "./send-time";

const DAY_MS = 86_400_000;

/**
 * The background job: once a day's send time has come (the morning after it), every person checked
 * in within the day who has not had it gets their certificate by email, once. An arrival recorded
 * afterwards (an admin's correction) gets it at the next run. Days with the option off, or with no
 * signatory, send nothing. Safe to run from several instances at once (lib/certificates/internal/send-certificate.ts).
 */
export async function sendDueCertificates({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const events = await db.event.findMany({
    where: {
      certificatesByEmail: true,
      certificateSignatoryName: { not: null },
      certificateSignatoryTitle: { not: null },
      // Wide enough for any send time of the morning after; the exact bounds are checked below.
      endsAt: { lte: now, gt: new Date(now.getTime() - (CERTIFICATES_CATCH_UP_DAYS + 2) * DAY_MS) },
    },
    select: { id: true, endsAt: true, certificatesEmailTime: true },
  });
  const actor = systemActor("send-certificates");
  let sent = 0;
  for (const event of events) {
    const sendAt = certificatesSendTime(event);
    if (now.getTime() < sendAt.getTime() || certificatesCatchUpOver(sendAt, now)) continue;
    for (const registration of await certifiedRegistrations(event.id, now, { unsent: true })) {
      if (await sendCertificate({ actor, registration, now })) sent++;
    }
  }
  if (sent > 0) requestDelivery();
  return sent;
}
