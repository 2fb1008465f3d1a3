import { withinCheckInWindow } from "../checkin/check-in-window";
import { formatLongDate, formatTime } from "../dates";

/**
 * When an attendance certificate tells the truth: only for an arrival within the day's check-in
 * window, only once the day has started, and only with someone named to sign it. Shared by the
 * exporter (which refuses) and the back-office pages (which say why nothing is offered).
 */

const MINUTE = 60_000;

export interface CertificateDay {
  startsAt: Date;
  endsAt: Date;
  certificateSignatoryName: string | null;
  certificateSignatoryTitle: string | null;
}

export type CertificatesRefusal = { code: "CERTIFICATES_NOT_YET"; detail: string } | { code: "CERTIFICATE_SIGNATORY_MISSING"; detail?: undefined };

/** Why no certificate of the day can be made at `now`, or null when they can. */
export function certificatesRefusal(day: CertificateDay, now: Date): CertificatesRefusal | null {
  if (now.getTime() < day.startsAt.getTime()) return { code: "CERTIFICATES_NOT_YET", detail: `le ${formatLongDate(day.startsAt)} à ${formatTime(day.startsAt)}` };
  if (!day.certificateSignatoryName || !day.certificateSignatoryTitle) return { code: "CERTIFICATE_SIGNATORY_MISSING" };
  return null;
}

export interface ProgrammeSlot {
  kind: string;
  startsAt: Date;
  endsAt: Date | null;
}

export interface Attendance {
  /** The later of the arrival and the start. */
  from: Date;
  /** The end of the programme, never after the day's end. */
  to: Date;
  minutes: number;
  lunchExcluded: boolean;
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);
const earlier = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
/** Minutes of [from, to] that fall inside [start, end]. */
const overlap = (from: Date, to: Date, start: Date, end: Date) => Math.max(0, earlier(to, end).getTime() - later(from, start).getTime()) / MINUTE;

/**
 * The time a person attended, from their arrival to the end of the programme (a slot without an
 * end time runs to the end of the day), the programme's lunch break deducted; never more than the
 * day lasts, nor beyond `now` while the day goes on. Null when the arrival is outside the day's
 * check-in window or leaves no time attended: such an arrival gives no certificate.
 */
export function attendance(day: { startsAt: Date; endsAt: Date }, programme: ProgrammeSlot[], arrival: Date, now: Date): Attendance | null {
  if (!withinCheckInWindow(day, arrival)) return null;
  const programmeEnd = programme.reduce<Date | null>((end, slot) => (end ? later(end, slot.endsAt ?? day.endsAt) : (slot.endsAt ?? day.endsAt)), null);
  const to = earlier(earlier(programmeEnd ?? day.endsAt, day.endsAt), now);
  const from = later(arrival, day.startsAt);
  const lunch = programme.filter((slot) => slot.kind === "LUNCH" && slot.endsAt).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  const lunchMinutes = lunch ? overlap(from, to, lunch.startsAt, lunch.endsAt!) : 0;
  const minutes = Math.round(overlap(from, to, day.startsAt, day.endsAt) - lunchMinutes);
  if (minutes <= 0) return null;
  return { from, to, minutes, lunchExcluded: lunchMinutes > 0 };
}

export type CertificateRefusal = CertificatesRefusal | { code: "NO_CERTIFICATE"; detail?: undefined };

/**
 * Why one confirmed registration, arrived at `arrival` (null: not arrived), gets no certificate
 * at `now`, or null when it gets one.
 */
export function certificateRefusal(day: CertificateDay, programme: ProgrammeSlot[], arrival: Date | null, now: Date): CertificateRefusal | null {
  return certificatesRefusal(day, now) ?? (arrival && attendance(day, programme, arrival, now) ? null : { code: "NO_CERTIFICATE" });
}

/** « 6 h 30 », « 7 h ». */
export const formatDuration = (minutes: number) => `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${String(minutes % 60).padStart(2, "0")}` : ""}`;
