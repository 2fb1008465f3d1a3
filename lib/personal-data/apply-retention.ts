import "server-only";
import { addMonths } from "date-fns";
import { systemActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { scrubStoredSearches } from "../audit/scrub-person-from-audit";
import { db } from "../db/client";
import { inTransaction } from "../db/transaction";
import { anonymiseAttendee } from "./anonymise-attendee";

const BATCH = 200;

/**
 * The retention job: once every day a person registered for ended more than its retention ago
 * (Event.retentionMonths, 6 by default), their personal data are anonymised; counts and
 * statistics stay. A person also registered for a day still within its retention waits for it.
 */
export async function applyRetention(now = new Date()): Promise<number> {
  const events = await db.event.findMany({ select: { id: true, title: true, endsAt: true, retentionMonths: true } });
  const over = events.filter((event) => addMonths(event.endsAt, event.retentionMonths) <= now);
  if (over.length === 0) return 0;
  const overIds = over.map((event) => event.id);
  const kept = events.filter((event) => !overIds.includes(event.id)).map((event) => event.id);
  let anonymised = 0;
  for (;;) {
    const batch = await db.attendee.findMany({
      where: { anonymisedAt: null, registrations: { some: { eventId: { in: overIds } }, none: { eventId: { in: kept } } } },
      select: { id: true },
      take: BATCH,
    });
    if (batch.length === 0) break;
    for (const { id } of batch) if (await inTransaction((tx) => anonymiseAttendee(tx, id, now))) anonymised += 1;
  }
  if (anonymised > 0) await inTransaction(scrubStoredSearches);
  // The security lists of those days name people too, and so do their invitations and the emails that carried them.
  const lists = await db.securityListEntry.deleteMany({ where: { eventId: { in: overIds } } });
  const invitations = await db.invitation.findMany({ where: { eventId: { in: overIds } }, select: { id: true } });
  for (const { id } of invitations) await db.outboxEmail.deleteMany({ where: { dedupeKey: { startsWith: `invitation:${id}:` } } });
  await db.invitation.deleteMany({ where: { id: { in: invitations.map((invitation) => invitation.id) } } });
  if (anonymised > 0 || lists.count > 0) {
    await inTransaction((tx) =>
      recordAudit(tx, systemActor("retention"), {
        action: "personal-data.retention.applied",
        entityType: "Attendee",
        entityId: "*",
        after: { anonymised, events: over.map((event) => event.title) },
      }),
    );
  }
  return anonymised;
}
