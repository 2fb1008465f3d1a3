import "server-only";
import { db } from "../db/client";
import { formatLongDate, formatTime } from "../dates";
import { registrationWhere } from "../registrations/list-registrations";
import type { ListExporter } from "./exporter";
import { eventPlace } from "./event-heading";
import { pdfCertificates } from "./writers/pdf-certificates";

const MINUTE = 60_000;

/** « 6 h 30 », « 7 h ». */
const duration = (minutes: number) => `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${String(minutes % 60).padStart(2, "0")}` : ""}`;

/** Minutes of [from, to] that fall inside [start, end]. */
const overlap = (from: Date, to: Date, start: Date, end: Date) => Math.max(0, Math.min(to.getTime(), end.getTime()) - Math.max(from.getTime(), start.getTime())) / MINUTE;

/**
 * Attendance certificates for the people checked in (one, with `inscription`): attended from their
 * arrival (or the start, if they came early) to the end of the day, the lunch break of the
 * programme deducted. The list's filters apply.
 */
export const certificatesExporter: ListExporter = {
  id: "certificates",
  title: "Attestations de présence",
  formats: ["pdf", "csv", "xlsx"],
  columns: [
    { id: "lastName", label: "Nom", width: 22 },
    { id: "firstName", label: "Prénom", width: 18 },
    { id: "jobTitle", label: "Fonction", width: 26 },
    { id: "organisation", label: "Organisation", width: 32 },
    { id: "arrival", label: "Arrivée", width: 10 },
    { id: "from", label: "De", width: 8 },
    { id: "to", label: "À", width: 8 },
    { id: "duration", label: "Durée", width: 10 },
  ],
  async *rows(event, query, options) {
    const lunch = await db.programmeItem.findFirst({ where: { eventId: event.id, kind: "LUNCH", endsAt: { not: null } }, select: { startsAt: true, endsAt: true } });
    const registrations = await db.registration.findMany({
      where: {
        ...registrationWhere(event.id, { ...query, statut: ["CONFIRMED"] }),
        checkIn: { isNot: null },
        ...(options.inscription ? { id: options.inscription } : {}),
      },
      select: { checkIn: { select: { checkedInAt: true } }, attendee: { select: { lastName: true, firstName: true, jobTitle: true, organisation: true } } },
      orderBy: [{ attendee: { nameKey: "asc" } }, { id: "asc" }],
    });
    for (const { checkIn, attendee } of registrations) {
      const arrival = checkIn!.checkedInAt;
      const from = new Date(Math.max(arrival.getTime(), event.startsAt.getTime()));
      const lunchMinutes = lunch ? overlap(from, event.endsAt, lunch.startsAt, lunch.endsAt!) : 0;
      const minutes = Math.max(0, Math.round(overlap(from, event.endsAt, from, event.endsAt) - lunchMinutes));
      yield {
        ...attendee,
        arrival: formatTime(arrival),
        from: formatTime(from),
        to: formatTime(event.endsAt),
        duration: duration(minutes),
        lunchExcluded: lunchMinutes > 0,
      };
    }
  },
  pdf: ({ event, rows, now }) =>
    pdfCertificates(
      { title: event.title, date: formatLongDate(event.startsAt), place: eventPlace(event), city: event.city, organiser: "L'organisation des Rencontres de l'ESS" },
      rows,
      formatLongDate(now).replace(/^\S+ /, ""),
    ),
};
