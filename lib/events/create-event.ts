import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, isUniqueViolation } from "../db/transaction";
import { AppError } from "../errors";
import type { Event } from "../db/models";
import { applyCapacity } from "../registrations/change-capacity";
import type { EventInput } from "./schema";

/**
 * Creates an event of an edition (the one named by its address, by default the current one, else
 * the one in preparation), as a draft: nobody sees it until an admin publishes it. A past edition
 * takes no new day. Its places are created by the capacity rules, like any later change of capacity.
 */
export async function createEvent({ actor, input, edition: editionSlug, now = new Date() }: { actor: BackOfficeActor; input: EventInput; edition?: string; now?: Date }): Promise<Event> {
  try {
    return await inTransaction(
      async (tx) => {
        const edition = editionSlug
          ? await tx.edition.findUnique({ where: { slug: editionSlug }, select: { id: true, status: true } })
          : ((await tx.edition.findFirst({ where: { status: "CURRENT" }, select: { id: true, status: true } })) ??
            (await tx.edition.findFirst({ where: { status: "DRAFT" }, orderBy: { createdAt: "desc" }, select: { id: true, status: true } })));
        if (!edition) throw new AppError("EDITION_NOT_FOUND", undefined, "edition");
        if (edition.status === "PAST") throw new AppError("EDITION_PAST", undefined, "edition");
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
