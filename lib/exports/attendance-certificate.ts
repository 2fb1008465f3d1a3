import "server-only";
import { formatLongDate, formatTime } from "../dates";
import type { Edition, Event, Prisma } from "../db/models";
import { attendance, certificateRefusal, formatDuration, type Attendance } from "./certificate-rules";
import { eventPlace } from "./event-heading";
import type { Cell } from "./exporter";
import { pdfCertificates, type CertificateEvent, type CertificateIssuer } from "./writers/pdf-certificates";

/**
 * One person's attendance certificate, outside an export: the email that carries it (lib/mail) and
 * the attendee's own download read the same page as the organisers' « Attestations de présence ».
 */

/** What a registration's certificate reads: its person, arrival, day, programme and issuers. */
export const certificateInclude = {
  attendee: { select: { firstName: true, lastName: true, jobTitle: true, organisation: true } },
  checkIn: { select: { checkedInAt: true } },
  event: { include: { programme: { select: { kind: true, startsAt: true, endsAt: true } }, edition: { include: { networks: { orderBy: { position: "asc" } } } } } },
} satisfies Prisma.RegistrationInclude;

export type CertificateRegistration = Prisma.RegistrationGetPayload<{ include: typeof certificateInclude }>;

/** Everything printed on one certificate: plain data, so an email can be previewed without a database. */
export interface AttendanceCertificate {
  event: CertificateEvent;
  issuer: CertificateIssuer;
  person: Record<string, Cell>;
}

/** The day as a certificate names it, made on `issuedAt`. */
export const certificateEvent = (event: Event, issuedAt: Date): CertificateEvent => ({
  title: event.title,
  date: formatLongDate(event.startsAt),
  place: eventPlace(event),
  city: event.city,
  issuedOn: formatLongDate(issuedAt, { weekday: false }),
});

/** Who issues the day's certificates: the networks that organise its edition, and its signatory. */
export const certificateIssuer = (event: Event, edition: Edition & { networks: { acronym: string; name: string }[] }): CertificateIssuer => ({
  series: edition.title,
  networks: edition.networks.map(({ acronym, name }) => `${name} (${acronym})`),
  signatoryName: event.certificateSignatoryName ?? "",
  signatoryTitle: event.certificateSignatoryTitle ?? "",
});

/** A person's line of the certificates: who, when they arrived, the hours attended. */
export const certificatePerson = (attendee: { firstName: string; lastName: string; jobTitle: string; organisation: string }, arrival: Date, attended: Attendance): Record<string, Cell> => ({
  ...attendee,
  arrival: formatTime(arrival),
  from: formatTime(attended.from),
  to: formatTime(attended.to),
  duration: formatDuration(attended.minutes),
  lunchExcluded: attended.lunchExcluded,
});

/**
 * The certificate of a registration at `now` (made on `issuedAt`), or null when it gets none under
 * the certificate rules: not confirmed, not arrived, arrived outside the day, the day not started
 * or no signatory.
 */
export function attendanceCertificate(registration: CertificateRegistration, now: Date, issuedAt: Date = now): AttendanceCertificate | null {
  const { event, checkIn, attendee } = registration;
  if (registration.status !== "CONFIRMED" || !checkIn) return null;
  if (certificateRefusal(event, event.programme, checkIn.checkedInAt, now)) return null;
  const attended = attendance(event, event.programme, checkIn.checkedInAt, now);
  if (!attended) return null;
  return { event: certificateEvent(event, issuedAt), issuer: certificateIssuer(event, event.edition), person: certificatePerson(attendee, checkIn.checkedInAt, attended) };
}

/** The certificate's PDF file, whole (one page). */
export async function certificatePdf({ event, issuer, person }: AttendanceCertificate): Promise<Buffer> {
  async function* rows() {
    yield person;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of pdfCertificates(event, Promise.resolve(issuer), rows())) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** « attestation-presence_<day>.pdf »: the same name in the email and on the manage page. */
export const certificateFilename = (eventSlug: string) => `attestation-presence_${eventSlug}.pdf`;
