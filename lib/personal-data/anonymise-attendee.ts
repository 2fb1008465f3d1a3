import "server-only";
import { randomBytes } from "node:crypto";
import { scrubPersonFromAudit } from "../audit/scrub-person-from-audit";
import type { Tx } from "../db/transaction";

/**
 * Removes what identifies a person and keeps what the statistics count (their registrations, their
 * type de structure and statut): name, email, phone, organisation, job, needs, internal notes and
 * the organisers' other words about them (in check-ins and the journal), the emails' bodies and
 * the unsent emails, their answers to the organisers' questions (all of them: an answer may say
 * who they are) and every invitation to their address with its emails. The manage link stops working. Once only: false when
 * the person was anonymised already (by a concurrent run).
 */
export async function anonymiseAttendee(tx: Tx, attendeeId: string, now: Date): Promise<boolean> {
  const person = await tx.attendee.findUnique({ where: { id: attendeeId }, select: { email: true } });
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
  if (count === 0 || !person) return false;
  await tx.registration.updateMany({ where: { attendeeId }, data: { internalNote: null } });
  await tx.outboxEmail.deleteMany({ where: { attendeeId, status: "PENDING" } });
  await tx.outboxEmail.updateMany({ where: { attendeeId }, data: { htmlBody: null, textBody: null, subject: null, to: null } });
  const registrationIds = (await tx.registration.findMany({ where: { attendeeId }, select: { id: true } })).map(({ id }) => id);
  await tx.securityListEntry.deleteMany({ where: { registrationId: { in: registrationIds } } });
  await tx.answer.deleteMany({ where: { registrationId: { in: registrationIds } } });
  await forgetInvitations(tx, person.email, registrationIds);
  await tx.checkIn.updateMany({ where: { registrationId: { in: registrationIds }, correctionReason: { not: null } }, data: { correctionReason: "(effacée)" } });
  await scrubPersonFromAudit(tx, registrationIds);
  return true;
}

/**
 * Every invitation to the address goes, whatever its state or day (each names the person), and so
 * do its emails still waiting; those sent lose their address and bodies (invitation emails carry
 * no attendee: they are found by their key or their address). The registration keeps its role.
 */
async function forgetInvitations(tx: Tx, email: string, registrationIds: string[]): Promise<void> {
  const invitations = await tx.invitation.findMany({ where: { OR: [{ email }, { registrationId: { in: registrationIds } }] }, select: { id: true } });
  const emails = { OR: [{ to: email }, ...invitations.map(({ id }) => ({ dedupeKey: { startsWith: `invitation:${id}:` } }))] };
  await tx.outboxEmail.deleteMany({ where: { ...emails, status: "PENDING" } });
  await tx.outboxEmail.updateMany({ where: emails, data: { htmlBody: null, textBody: null, subject: null, to: null } });
  await tx.invitation.deleteMany({ where: { id: { in: invitations.map(({ id }) => id) } } });
}
