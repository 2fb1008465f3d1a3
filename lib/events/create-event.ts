import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, isUniqueViolation } from "../db/transaction";
import { AppError } from "../errors";
import type { Event } from "../db/models";
import { applyCapacity } from "../registrations/change-capacity";
import type { EventInput } from "./schema";

/**
 * Creates an event of an edition (by default the current one, else the one in preparation), as a
 * draft: nobody sees it until an admin publishes it. Its places are created by the capacity rules,
 * like any later change of capacity.
 */
export async function createEvent({ actor, input, editionId, now = new Date() }: { actor: BackOfficeActor; input: EventInput; editionId?: string; now?: Date }): Promise<Event> {
  try {
    return await inTransaction(
      async (tx) => {
        const edition = editionId
          ? await tx.edition.findUnique({ where: { id: editionId }, select: { id: true } })
          : ((await tx.edition.findFirst({ where: { status: "CURRENT" }, select: { id: true } })) ??
            (await tx.edition.findFirst({ where: { status: "DRAFT" }, orderBy: { createdAt: "desc" }, select: { id: true } })));
        if (!edition) throw new AppError("RECORD_NOT_FOUND", "aucune édition des Rencontres");
        const { capacity, ...fields } = input;
        const event = await tx.event.create({ data: { ...fields, editionId: edition.id, capacity: 0, status: "DRAFT" } });
        await recordAudit(tx, actor, {
          action: "event.created",
          entityType: "Event",
          entityId: event.id,
          eventId: event.id,
          after: {
            title: event.title,
            slug: event.slug,
            startsAt: event.startsAt.toISOString(),
            certificateSignatoryName: event.certificateSignatoryName,
            certificateSignatoryTitle: event.certificateSignatoryTitle,
          },
        });
        await applyCapacity(tx, actor, event, capacity, now);
        return { ...event, capacity };
      },
      { maxAttempts: 1 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("SLUG_TAKEN", input.slug, "slug");
    throw error;
  }
}
