import "server-only";
import type { AttendeeActor } from "../audit/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { attendanceCertificate, certificateFilename, certificateInclude, certificatePdf } from "../exports/attendance-certificate";
import { managedRegistrationIds } from "../registrations/managed-registration-ids";

/** The link owner's registrations with a certificate at `now`: days over, arrived within them. */
async function certified(actor: AttendeeActor, now: Date) {
  const ids = (await managedRegistrationIds({ token: actor.token, now })).map(({ id }) => id);
  const registrations = await db.registration.findMany({ where: { id: { in: ids }, status: "CONFIRMED", checkIn: { isNot: null } }, include: certificateInclude });
  return registrations.flatMap((registration) => {
    if (now.getTime() < registration.event.endsAt.getTime()) return [];
    // Dated as the email was (when sent), so the copy downloaded is the same paper.
    const certificate = attendanceCertificate(registration, now, registration.certificateSentAt ?? now);
    return certificate ? [{ slug: registration.event.slug, certificate }] : [];
  });
}

/** The slugs of the days whose certificate the manage page offers to download. */
export async function downloadableCertificates({ actor, now = new Date() }: { actor: AttendeeActor; now?: Date }): Promise<string[]> {
  return (await certified(actor, now)).map(({ slug }) => slug);
}

/**
 * The link owner's certificate of a day, as a PDF: only their own, once the day is over, if they
 * were checked in within it. Any other case is the same NO_CERTIFICATE, revealing nothing.
 */
export async function downloadCertificate({ actor, eventSlug, now = new Date() }: { actor: AttendeeActor; eventSlug: string; now?: Date }): Promise<{ filename: string; pdf: Buffer }> {
  const found = (await certified(actor, now)).find(({ slug }) => slug === eventSlug);
  if (!found) throw new AppError("NO_CERTIFICATE");
  return { filename: certificateFilename(eventSlug), pdf: await certificatePdf(found.certificate) };
}
