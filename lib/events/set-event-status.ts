import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import type { EventStatus } from "../db/models";

/**
 * Publishes (PUBLISHED: visible, registrations open within their dates), closes registrations
 * (CLOSED: still visible) or unpublishes (DRAFT: hidden) an event. A day of an edition in
 * preparation stays a draft until its edition is published.
 */
export async function setEventStatus({ actor, eventId, status }: { actor: BackOfficeActor; eventId: string; status: EventStatus }): Promise<void> {
  await inTransaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { status: true, edition: { select: { status: true } } } });
    if (!event) throw new AppError("RECORD_NOT_FOUND");
    if (event.status === status) return;
    // A day of an edition in preparation goes public with its edition (publishEdition), never alone.
    if (status !== "DRAFT" && event.edition.status === "DRAFT") throw new AppError("EVENT_OF_DRAFT_EDITION");
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
