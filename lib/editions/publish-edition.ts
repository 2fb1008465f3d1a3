import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { switchCurrentEdition } from "./internal/switch-current-edition";

/**
 * Makes a draft edition the current one (shown at `/`, served by /api/events) and its draft days
 * public; the edition that was current becomes past (in the archive, its days' pages stay where
 * they were). Exactly one edition is current afterwards, or nothing changes.
 */
export async function publishEdition({ actor, editionId, now = new Date() }: { actor: BackOfficeActor; editionId: string; now?: Date }): Promise<void> {
  await inTransaction(
    async (tx) => {
      const { slug, previous } = await switchCurrentEdition(tx, { editionId, from: "DRAFT", refusal: "EDITION_NOT_DRAFT", now });
      const drafts = await tx.event.findMany({ where: { editionId, status: "DRAFT" }, select: { id: true } });
      await tx.event.updateMany({ where: { id: { in: drafts.map(({ id }) => id) } }, data: { status: "PUBLISHED" } });
      for (const { id } of drafts) {
        await recordAudit(tx, actor, { action: "event.status.changed", entityType: "Event", entityId: id, eventId: id, before: { status: "DRAFT" }, after: { status: "PUBLISHED" } });
      }
      await recordAudit(tx, actor, {
        action: "edition.published",
        entityType: "Edition",
        entityId: editionId,
        before: { status: "DRAFT", current: previous },
        after: { status: "CURRENT", current: [slug] },
      });
    },
    { maxAttempts: 1 },
  );
}
