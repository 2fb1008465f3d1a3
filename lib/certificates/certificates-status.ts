import "server-only";
import { db } from "../db/client";
import { certificatesRefusal, type CertificatesRefusal } from "../exports/certificate-rules";
import { certifiedRegistrations } from "./internal/certified-registrations";
import { certificatesSendTime } from "./send-time";

export interface CertificatesStatus {
  /** When they go by themselves (the option on), or null. */
  sendsAt: Date | null;
  /** Whether the day is over: only then can they be sent. */
  dayOver: boolean;
  /** Why none can be made now (before the day, no signatory), or null. */
  refusal: CertificatesRefusal | null;
  /** People whose certificate has gone by email. */
  sent: number;
  /** People checked in within the day still without it (once the day is over). */
  waiting: number;
}

/** Where the day's certificates by email stand, for its page in the back office. */
export async function certificatesStatus(event: { id: string; startsAt: Date; endsAt: Date; certificatesByEmail: boolean; certificatesEmailTime: string; certificateSignatoryName: string | null; certificateSignatoryTitle: string | null }, now = new Date()): Promise<CertificatesStatus> {
  const dayOver = now.getTime() >= event.endsAt.getTime();
  const refusal = certificatesRefusal(event, now);
  const [sent, waiting] = await Promise.all([
    db.registration.count({ where: { eventId: event.id, certificateSentAt: { not: null } } }),
    dayOver && !refusal ? certifiedRegistrations(event.id, now, { unsent: true }).then((registrations) => registrations.length) : Promise.resolve(0),
  ]);
  return { sendsAt: event.certificatesByEmail ? certificatesSendTime(event) : null, dayOver, refusal, sent, waiting };
}
