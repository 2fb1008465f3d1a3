import "server-only";
import { db } from "../../db/client";
import { attendanceCertificate, certificateInclude } from "../../exports/attendance-certificate";

/**
 * The day's registrations that get a certificate at `now` (confirmed, arrived within the day), of
 * which only those not sent yet when `unsent`.
 */
export async function certifiedRegistrations(eventId: string, now: Date, { unsent }: { unsent: boolean }) {
  const registrations = await db.registration.findMany({
    where: { eventId, status: "CONFIRMED", checkIn: { isNot: null }, ...(unsent ? { certificateSentAt: null } : {}) },
    include: certificateInclude,
    orderBy: { id: "asc" },
  });
  return registrations.filter((registration) => attendanceCertificate(registration, now) !== null);
}
