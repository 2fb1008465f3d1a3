import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";

/**
 * Makes a draft edition the current one (shown at `/`, served by /api/events) and its draft days
 * public; the edition that was current becomes past (in the archive, its days' pages stay where
 * they were). Exactly one edition is current afterwards, or nothing changes.
 */
export async function publishEdition({ actor, editionId, now = new Date() }: { actor: BackOfficeActor; editionId: string; now?: Date }): Promise<void> {
  await inTransaction(
    async (tx) => {
      const edition = await tx.edition.findUnique({ where: { id: editionId }, select: { id: true, slug: true, status: true } });
      if (!edition) throw new AppError("RECORD_NOT_FOUND");
      if (edition.status !== "DRAFT") throw new AppError("EDITION_NOT_DRAFT", edition.slug);
      const previous = await tx.edition.findMany({ where: { status: "CURRENT" }, select: { id: true, slug: true } });
      await tx.edition.updateMany({ where: { id: { in: previous.map(({ id }) => id) }, status: "CURRENT" }, data: { status: "PAST" } });
      const switched = await tx.edition.updateMany({ where: { id: editionId, status: "DRAFT" }, data: { status: "CURRENT", publishedAt: now } });
      // A publication committed meanwhile by someone else would leave two current editions: refused.
      if (switched.count !== 1 || (await tx.edition.count({ where: { status: "CURRENT" } })) !== 1) throw new AppError("EDITION_SWITCH_CONFLICT");
      const drafts = await tx.event.findMany({ where: { editionId, status: "DRAFT" }, select: { id: true } });
      await tx.event.updateMany({ where: { id: { in: drafts.map(({ id }) => id) } }, data: { status: "PUBLISHED" } });
      for (const { id } of drafts) {
        await recordAudit(tx, actor, { action: "event.status.changed", entityType: "Event", entityId: id, eventId: id, before: { status: "DRAFT" }, after: { status: "PUBLISHED" } });
      }
      await recordAudit(tx, actor, {
        action: "edition.published",
        entityType: "Edition",
        entityId: editionId,
        before: { status: "DRAFT", current: previous.map(({ slug }) => slug) },
        after: { status: "CURRENT", current: [edition.slug] },
      });
    },
    { maxAttempts: 1 },
  );
}
