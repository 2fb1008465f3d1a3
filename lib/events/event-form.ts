import { clock, toParisIsoLocal } from "../dates";
import type { Event } from "../db/models";

/** "2028-06-26" of a date, in Paris: what date inputs hold. */
const day = (date: Date) => toParisIsoLocal(date).slice(0, 10);

/** An event as the back-office form shows it (text of each field), ready for eventInputSchema. */
export function eventFormValues(event: Event): Record<string, string> {
  return {
    title: event.title,
    slug: event.slug,
    kind: event.kind,
    region: event.region ?? "",
    summary: event.summary,
    date: day(event.startsAt),
    startTime: clock(event.startsAt),
    endTime: clock(event.endsAt),
    city: event.city,
    venue: event.venue ?? "",
    address: event.address ?? "",
    host: event.host ?? "",
    capacity: String(event.capacity),
    registrationOpensAt: event.registrationOpensAt ? toParisIsoLocal(event.registrationOpensAt) : "",
    registrationClosesAt: event.registrationClosesAt ? toParisIsoLocal(event.registrationClosesAt) : "",
    securityListCutoffAt: event.securityListCutoffAt ? toParisIsoLocal(event.securityListCutoffAt) : "",
    retentionMonths: String(event.retentionMonths),
    waitlistMode: event.waitlistMode,
    offerHours: String(event.offerHours),
    emailConfirmationHours: String(event.emailConfirmationHours ?? 0),
    reminderDaysBefore: String(event.reminderDaysBefore),
    replyTo: event.replyTo ?? "",
    certificateSignatoryName: event.certificateSignatoryName ?? "",
    certificateSignatoryTitle: event.certificateSignatoryTitle ?? "",
    certificatesByEmail: event.certificatesByEmail ? "oui" : "non",
    certificatesEmailTime: event.certificatesEmailTime,
  };
}
