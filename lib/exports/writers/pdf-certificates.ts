import "server-only";
import type { Readable } from "node:stream";
import type { Cell } from "../exporter";
import { cellText, pdfStream } from "./pdf";

export interface CertificateEvent {
  title: string;
  /** « jeudi 29 juin 2028 ». */
  date: string;
  place: string;
  /** Where the certificate is made: the day's city. */
  city: string;
  /** « 1er décembre 2028 »: the day it is made. */
  issuedOn: string;
}

/** Who issues the certificates: the series and its organising networks, and who signs for them. */
export interface CertificateIssuer {
  series: string;
  /** « Association des régions de France (ARF) », … */
  networks: string[];
  signatoryName: string;
  signatoryTitle: string;
}

/**
 * Attendance certificates (attestations de présence), one page a person who was checked in, with
 * the hours attended: elected officials present them for their training rights. Each names who
 * issues it, who signs it, where and when it is made.
 */
export function pdfCertificates(event: CertificateEvent, issuer: Promise<CertificateIssuer>, rows: AsyncIterable<Record<string, Cell>>): Readable {
  return pdfStream({ title: `Attestations de présence : ${event.title}`, margin: 70 }, async (doc) => {
    const { series, networks, signatoryName, signatoryTitle } = await issuer;
    let count = 0;
    for await (const row of rows) {
      count += 1;
      doc.addPage();
      const width = doc.page.width - 140;
      doc.font("bold").fontSize(20).text("Attestation de présence", { width, align: "center" });
      doc.moveDown(1);
      doc.font("regular").fontSize(10).text(series, { width, align: "center" });
      if (networks.length > 0) doc.text(`Organisées par : ${networks.join(", ")}.`, { width, align: "center" });
      doc.moveDown(2);
      doc.fontSize(12);
      const who = `${cellText(row.firstName)} ${cellText(row.lastName)}`;
      const role = [cellText(row.jobTitle), cellText(row.organisation)].filter(Boolean).join(", ");
      doc.text(`${signatoryName}, ${signatoryTitle}, atteste que`, { width });
      doc.moveDown(0.5);
      doc.font("bold").fontSize(14).text(who, { width, align: "center" });
      doc.font("regular").fontSize(12).text(role, { width, align: "center" });
      doc.moveDown(1);
      doc.text(`a participé à « ${event.title} », le ${event.date}, ${event.place}.`, { width });
      doc.moveDown(0.5);
      doc.text(`Présence : de ${cellText(row.from)} à ${cellText(row.to)}, soit ${cellText(row.duration)}${row.lunchExcluded ? " (pause déjeuner déduite)" : ""}.`, { width });
      doc.moveDown(0.5);
      doc.text(`Arrivée enregistrée à l'accueil à ${cellText(row.arrival)}.`, { width });
      doc.moveDown(3);
      doc.text(`Fait à ${event.city}, le ${event.issuedOn}.`, { width });
      doc.moveDown(1);
      doc.text(signatoryName, { width });
      doc.text(signatoryTitle, { width });
    }
    if (count === 0) doc.addPage().font("regular").fontSize(12).text("Aucune personne présente : les attestations sont établies pour les arrivées enregistrées à l'accueil pendant la journée.");
  });
}
