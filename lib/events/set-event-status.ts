import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import type { EventStatus } from "../db/models";

/**
 * Publishes (PUBLISHED: visible, registrations open within their dates), closes registrations
 * (CLOSED: still visible) or unpublishes (DRAFT: hidden) an event.
 */
export async function setEventStatus({ actor, eventId, status }: { actor: BackOfficeActor; eventId: string; status: EventStatus }): Promise<void> {
  await inTransaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { status: true } });
    if (!event) throw new AppError("RECORD_NOT_FOUND");
    if (event.status === status) return;
    await tx.event.update({ where: { id: eventId }, data: { status } });
    await recordAudit(tx, actor, {
      action: "event.status.changed",
      entityType: "Event",
      entityId: eventId,
      eventId,
      before: { status: event.status },
      after: { status },
    });
  });
}
