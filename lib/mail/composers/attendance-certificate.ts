import "server-only";
import { createElement } from "react";
import { z } from "zod";
import AttendanceCertificate from "../../../emails/attendance-certificate";
import { attendanceCertificate, certificateFilename, certificateInclude, certificatePdf, type AttendanceCertificate as Certificate } from "../../exports/attendance-certificate";
import { cellText } from "../../exports/writers/pdf";
import type { EmailComposer } from "../composer";
import { PREVIEW_ATTENDEE, PREVIEW_EVENT } from "./preview-views";
import { registrationView, type RegistrationView } from "./registration-view";

export interface AttendanceCertificateView extends RegistrationView {
  certificate: Certificate;
}

/** « de 9 h 30 à 17 h, soit 6 h 30 (pause déjeuner déduite) » */
const hoursOf = ({ person }: Certificate) =>
  `de ${cellText(person.from)} à ${cellText(person.to)}, soit ${cellText(person.duration)}${person.lunchExcluded ? " (pause déjeuner déduite)" : ""}`;

/**
 * After the day, to a person checked in within it: their attendance certificate as a PDF. It is
 * made as of the moment the email was written (its hours and its date stay the same over retries);
 * a registration that no longer gets one by then (its arrival undone) fails with the reason.
 */
export const attendanceCertificateComposer: EmailComposer<object, AttendanceCertificateView> = {
  payload: z.object({}),
  async load(_, row, read) {
    const registration = row.registrationId ? await read.registration.findUnique({ where: { id: row.registrationId }, include: certificateInclude }) : null;
    const certificate = registration ? attendanceCertificate(registration, row.createdAt) : null;
    if (!certificate) throw new Error("its registration gets no attendance certificate (not confirmed, or no arrival within the day)");
    return { ...registrationView(row), certificate };
  },
  async compose({ attendee, event, certificate }) {
    return {
      subject: `Votre attestation de présence : ${event.shown.title}`,
      element: createElement(AttendanceCertificate, { firstName: attendee.firstName, event: event.shown, hours: hoursOf(certificate), manageUrl: attendee.manageUrl }),
      replyTo: event.replyTo ?? undefined,
      attachments: [{ filename: certificateFilename(event.slug), content: await certificatePdf(certificate), contentType: "application/pdf" }],
    };
  },
  preview: {
    attendee: PREVIEW_ATTENDEE,
    event: PREVIEW_EVENT,
    certificate: {
      event: { title: PREVIEW_EVENT.shown.title, date: PREVIEW_EVENT.shown.dateLabel, place: "Assemblée nationale, salle Victor Hugo, 126 rue de l'Université, Paris", city: "Paris", issuedOn: "27 juin 2027" },
      issuer: {
        series: "Rencontres de l'économie sociale et solidaire",
        networks: ["Réseau des collectivités territoriales pour une économie solidaire (RTES)"],
        signatoryName: "Claire Fontaine",
        signatoryTitle: "présidente du RTES",
      },
      person: { firstName: "Awa", lastName: "Diallo", jobTitle: "Adjointe au maire", organisation: "Ville de Lille", arrival: "9 h 10", from: "9 h 30", to: "17 h", duration: "6 h", lunchExcluded: true },
    },
  },
};
