import "server-only";
import { randomBytes } from "node:crypto";
import { scrubPersonFromAudit } from "../audit/scrub-person-from-audit";
import type { Tx } from "../db/transaction";

/**
 * Removes what identifies a person and keeps what the statistics count (their registrations, their
 * type de structure and statut): name, email, phone, organisation, job, needs, internal notes and
 * the organisers' other words about them (in check-ins and the journal), the emails' bodies and
 * the unsent emails, and their answers to the organisers' questions (all of them: an answer may say
 * who they are). The manage link stops working. Once only: false when
 * the person was anonymised already (by a concurrent run).
 */
export async function anonymiseAttendee(tx: Tx, attendeeId: string, now: Date): Promise<boolean> {
  const { count } = await tx.attendee.updateMany({
    where: { id: attendeeId, anonymisedAt: null },
    data: {
      email: `anonyme-${attendeeId}@anonyme.invalid`,
      firstName: "",
      lastName: "Anonyme",
      nameKey: "anonyme",
      organisation: "",
      jobTitle: "",
      phone: null,
      dietaryNeeds: "",
      accessibilityNeeds: "",
      manageTokenHash: `anonyme-${randomBytes(24).toString("hex")}`,
      anonymisedAt: now,
    },
  });
  if (count === 0) return false;
  await tx.registration.updateMany({ where: { attendeeId }, data: { internalNote: null } });
  await tx.outboxEmail.deleteMany({ where: { attendeeId, status: "PENDING" } });
  await tx.outboxEmail.updateMany({ where: { attendeeId }, data: { htmlBody: null, textBody: null, subject: null, to: null } });
  const registrationIds = (await tx.registration.findMany({ where: { attendeeId }, select: { id: true } })).map(({ id }) => id);
  await tx.securityListEntry.deleteMany({ where: { registrationId: { in: registrationIds } } });
  await tx.answer.deleteMany({ where: { registrationId: { in: registrationIds } } });
  // An invitation the person accepted names them: its record goes (the registration keeps its role).
  await tx.invitation.deleteMany({ where: { registrationId: { in: registrationIds } } });
  await tx.checkIn.updateMany({ where: { registrationId: { in: registrationIds }, correctionReason: { not: null } }, data: { correctionReason: "(effacée)" } });
  await scrubPersonFromAudit(tx, registrationIds);
  return true;
}
