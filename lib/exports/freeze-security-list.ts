import "server-only";
import { systemActor, type BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { inTransaction } from "../db/transaction";

type CutoffEvent = { id: string; securityListCutoffAt: Date | null; securityListFrozenAt: Date | null };

/**
 * Freezes an event's security list once its cut-off has passed: the confirmed attendees of the
 * cut-off are kept as the list sent to the venue. Done by the background job at the cut-off, or by
 * the first export after it; once only, whoever comes first.
 */
export async function freezeSecurityList(event: CutoffEvent, { now = new Date(), actor = systemActor("security-list") as BackOfficeActor } = {}): Promise<boolean> {
  if (!event.securityListCutoffAt || event.securityListCutoffAt > now || event.securityListFrozenAt) return false;
  return inTransaction(async (tx) => {
    const cutoff = event.securityListCutoffAt!;
    const claimed = await tx.event.updateMany({ where: { id: event.id, securityListFrozenAt: null }, data: { securityListFrozenAt: cutoff } });
    if (claimed.count === 0) return false;
    // The list as it stood at the cut-off, even when frozen later (the job's next tick, or an
    // export): confirmed by then, and still confirmed or cancelled only since.
    const confirmed = await tx.registration.findMany({
      where: {
        eventId: event.id,
        confirmedAt: { lte: cutoff },
        OR: [{ status: "CONFIRMED" }, { status: "CANCELLED", cancelledAt: { gt: cutoff } }],
      },
      select: { id: true, attendee: { select: { lastName: true, firstName: true, organisation: true } } },
    });
    await tx.securityListEntry.createMany({
      data: confirmed.map(({ id, attendee }) => ({ eventId: event.id, registrationId: id, ...attendee, frozenAt: cutoff })),
    });
    await recordAudit(tx, actor, {
      action: "event.security-list.frozen",
      entityType: "Event",
      entityId: event.id,
      eventId: event.id,
      after: { people: confirmed.length, cutoff: event.securityListCutoffAt!.toISOString() },
    });
    return true;
  });
}

/** The job: freezes the lists whose cut-off has passed. */
export async function freezeDueSecurityLists(now = new Date()): Promise<number> {
  const due = await db.event.findMany({
    where: { securityListCutoffAt: { lte: now }, securityListFrozenAt: null },
    select: { id: true, securityListCutoffAt: true, securityListFrozenAt: true },
  });
  let frozen = 0;
  for (const event of due) if (await freezeSecurityList(event, { now })) frozen += 1;
  return frozen;
}
