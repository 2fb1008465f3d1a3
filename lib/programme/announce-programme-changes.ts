import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { enqueueEmail } from "../outbox/outbox";

/**
 * Sends the event's changes not yet announced to every confirmed attendee, in one "programme
 * changed" email each (with the updated calendar file), or, with `send: false`, marks them as
 * needing no announcement. Only the changes the admin saw in the preview are sent.
 */
export async function announceProgrammeChanges({
  actor,
  eventId,
  changeIds,
  send = true,
  now = new Date(),
}: {
  actor: BackOfficeActor;
  eventId: string;
  changeIds: string[];
  send?: boolean;
  now?: Date;
}): Promise<{ notified: number; changes: string[] }> {
  return inTransaction(async (tx) => {
    const pending = await tx.programmeChange.findMany({
      where: { eventId, announcedAt: null, id: { in: changeIds } },
      orderBy: { createdAt: "asc" },
    });
    if (pending.length === 0) throw new AppError("NOTHING_TO_ANNOUNCE");
    const changes = pending.map((change) => change.text);
    // Claims them: a second click or a second admin finds nothing left to announce.
    const { count } = await tx.programmeChange.updateMany({
      where: { id: { in: pending.map((change) => change.id) }, announcedAt: null },
      data: { announcedAt: now },
    });
    if (count !== pending.length) throw new AppError("NOTHING_TO_ANNOUNCE");
    const confirmed = send
      ? await tx.registration.findMany({ where: { eventId, status: "CONFIRMED" }, select: { id: true, attendeeId: true } })
      : [];
    for (const registration of confirmed) {
      await enqueueEmail(tx, { kind: "PROGRAMME_CHANGED", attendeeId: registration.attendeeId, registrationId: registration.id, data: { changes } });
    }
    await recordAudit(tx, actor, {
      action: "programme.change.announced",
      entityType: "Event",
      entityId: eventId,
      eventId,
      after: { changes, sent: send, recipients: confirmed.length },
    });
    return { notified: confirmed.length, changes };
  });
}
