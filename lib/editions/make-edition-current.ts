import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";

/**
 * « Rendre courante »: a past edition becomes the current one again (to undo a publication made by
 * mistake); the edition that was current becomes past. Its days keep their own status (a day
 * published, closed or over stays so) and their addresses. Exactly one edition is current
 * afterwards, or nothing changes.
 */
export async function makeEditionCurrent({ actor, editionId, now = new Date() }: { actor: BackOfficeActor; editionId: string; now?: Date }): Promise<void> {
  await inTransaction(
    async (tx) => {
      const edition = await tx.edition.findUnique({ where: { id: editionId }, select: { id: true, slug: true, status: true } });
      if (!edition) throw new AppError("RECORD_NOT_FOUND");
      if (edition.status !== "PAST") throw new AppError("EDITION_NOT_PAST", edition.slug);
      const previous = await tx.edition.findMany({ where: { status: "CURRENT" }, select: { id: true, slug: true } });
      await tx.edition.updateMany({ where: { id: { in: previous.map(({ id }) => id) }, status: "CURRENT" }, data: { status: "PAST" } });
      const switched = await tx.edition.updateMany({ where: { id: editionId, status: "PAST" }, data: { status: "CURRENT", publishedAt: now } });
      // A switch committed meanwhile by someone else would leave two current editions: refused.
      if (switched.count !== 1 || (await tx.edition.count({ where: { status: "CURRENT" } })) !== 1) throw new AppError("EDITION_SWITCH_CONFLICT");
      await recordAudit(tx, actor, {
        action: "edition.made-current",
        entityType: "Edition",
        entityId: editionId,
        before: { status: "PAST", current: previous.map(({ slug }) => slug) },
        after: { status: "CURRENT", current: [edition.slug] },
      });
    },
    { maxAttempts: 1 },
  );
}
