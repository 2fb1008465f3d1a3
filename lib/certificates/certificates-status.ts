import "server-only";
import { db } from "../db/client";
import { certificatesRefusal, type CertificatesRefusal } from "../exports/certificate-rules";
import { certifiedRegistrations } from "./internal/certified-registrations";
import { certificatesCatchUpOver, certificatesSendTime } from "./send-time";

/** What the job does with the day's certificates by itself, at `at` (the morning after the day). */
export type AutomaticSending =
  /** The day's option is off. */
  | { state: "OFF" }
  /** They go (or went) at `at`. */
  | { state: "PLANNED"; at: Date }
  /** None will go while the day has no signatory (the job skips it), before the day as after. */
  | { state: "NO_SIGNATORY"; at: Date }
  /** The catch-up after `at` is over and none went: the job will not send them any more. */
  | { state: "LAPSED"; at: Date };

export interface CertificatesStatus {
  automatic: AutomaticSending;
  /** Whether the day is over: only then can they be sent. */
  dayOver: boolean;
  /** No signatory set: no certificate can be made, now or later, until one is. */
  signatoryMissing: boolean;
  /** Why none can be made now (before the day, no signatory), or null. */
  refusal: CertificatesRefusal | null;
  /** People whose certificate has gone by email. */
  sent: number;
  /** People checked in within the day still without it (once the day is over). */
  waiting: number;
}

type StatusEvent = { id: string; startsAt: Date; endsAt: Date; certificatesByEmail: boolean; certificatesEmailTime: string; certificateSignatoryName: string | null; certificateSignatoryTitle: string | null };

function automaticSending(event: StatusEvent, signatoryMissing: boolean, sent: number, now: Date): AutomaticSending {
  if (!event.certificatesByEmail) return { state: "OFF" };
  const at = certificatesSendTime(event);
  if (certificatesCatchUpOver(at, now) && sent === 0) return { state: "LAPSED", at };
  return { state: signatoryMissing ? "NO_SIGNATORY" : "PLANNED", at };
}

/** Where the day's certificates by email stand, for its page in the back office. */
export async function certificatesStatus(event: StatusEvent, now = new Date()): Promise<CertificatesStatus> {
  const dayOver = now.getTime() >= event.endsAt.getTime();
  const refusal = certificatesRefusal(event, now);
  const signatoryMissing = !event.certificateSignatoryName || !event.certificateSignatoryTitle;
  const [sent, waiting] = await Promise.all([
    db.registration.count({ where: { eventId: event.id, certificateSentAt: { not: null } } }),
    dayOver && !refusal ? certifiedRegistrations(event.id, now, { unsent: true }).then((registrations) => registrations.length) : Promise.resolve(0),
  ]);
  return { automatic: automaticSending(event, signatoryMissing, sent, now), dayOver, signatoryMissing, refusal, sent, waiting };
}
