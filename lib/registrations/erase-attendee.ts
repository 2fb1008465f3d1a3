import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { scrubStoredSearches } from "../audit/scrub-person-from-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { anonymiseAttendee } from "../personal-data/anonymise-attendee";
import { toCancelled } from "./internal/status-changes";

/**
 * Erases a person at their request (RGPD art. 17), for an admin: their registrations for days to
 * come are cancelled (the places go to the waiting lists; no email is sent to them), then their
 * data are anonymised as at the end of the retention period. Logged, without their name.
 */
export async function eraseAttendee({ actor, registrationId, eventId, now = new Date() }: { actor: UserActor; registrationId: string; eventId: string; now?: Date }) {
  return inTransaction(async (tx) => {
    const registration = await tx.registration.findFirst({ where: { id: registrationId, eventId }, select: { attendee: { select: { id: true, anonymisedAt: true } } } });
    if (!registration) throw new AppError("RECORD_NOT_FOUND");
    const { attendee } = registration;
    if (attendee.anonymisedAt) throw new AppError("WRONG_STATUS", "données déjà effacées");
    // Days to come free their places; a day already held keeps its registration (anonymised), as its figures do.
    const held = await tx.registration.findMany({ where: { attendeeId: attendee.id, status: { not: "CANCELLED" }, event: { startsAt: { gt: now } } }, select: { id: true } });
    for (const { id } of held) await toCancelled(tx, actor, id, "ORGANISER", now);
    if (!(await anonymiseAttendee(tx, attendee.id, now))) throw new AppError("WRONG_STATUS", "données déjà effacées");
    await scrubStoredSearches(tx);
    await recordAudit(tx, actor, { action: "attendee.erased", entityType: "Attendee", entityId: attendee.id, eventId, after: { registrationsCancelled: held.length } });
    return { cancelled: held.length };
  });
}
