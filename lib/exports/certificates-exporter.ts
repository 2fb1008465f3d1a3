import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { Event } from "../db/models";
import { registrationWhere } from "../registrations/list-registrations";
import { certificateEvent, certificateIssuer, certificatePerson } from "./attendance-certificate";
import { attendance, certificateRefusal, certificatesRefusal } from "./certificate-rules";
import type { ListExporter } from "./exporter";
import { pdfCertificates, type CertificateIssuer } from "./writers/pdf-certificates";

const programmeOf = (eventId: string) => db.programmeItem.findMany({ where: { eventId }, select: { kind: true, startsAt: true, endsAt: true } });

/** When a confirmed registration of the day arrived, if it did. */
async function arrivalOf(eventId: string, registrationId: string): Promise<Date | undefined> {
  const registration = await db.registration.findFirst({ where: { id: registrationId, eventId, status: "CONFIRMED" }, select: { checkIn: { select: { checkedInAt: true } } } });
  return registration?.checkIn?.checkedInAt;
}

/** Who issues the day's certificates: the networks that organise its edition, and its signatory. */
async function issuerOf(event: Event): Promise<CertificateIssuer> {
  const edition = await db.edition.findUniqueOrThrow({ where: { id: event.editionId }, include: { networks: { orderBy: { position: "asc" } } } });
  return certificateIssuer(event, edition);
}

/**
 * Attendance certificates for the people whose arrival was recorded within the day's check-in
 * window (one, with `inscription`): attended from their arrival (or the start, if they came early)
 * to the end of the programme, the lunch break deducted. None before the day has started, nor
 * without a signatory. The list's filters apply.
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
  async prepare(event, now, options) {
    const refusal = options.inscription
      ? // A registration of another day, not confirmed, not arrived or arrived outside the window: the same answer.
        certificateRefusal(event, await programmeOf(event.id), (await arrivalOf(event.id, options.inscription)) ?? null, now)
      : certificatesRefusal(event, now);
    if (refusal) throw new AppError(refusal.code, refusal.detail);
    return event;
  },
  async *rows(event, query, options, now) {
    const programme = await programmeOf(event.id);
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
      const attended = attendance(event, programme, arrival, now);
      if (!attended) continue;
      yield certificatePerson(attendee, arrival, attended);
    }
  },
  pdf: ({ event, rows, now }) =>
    pdfCertificates(certificateEvent(event, now), issuerOf(event), rows),
};
