import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { switchCurrentEdition } from "./internal/switch-current-edition";

/**
 * « Rendre courante »: a past edition becomes the current one again (to undo a publication made by
 * mistake); the edition that was current becomes past. Its days keep their own status (a day
 * published, closed or over stays so) and their addresses. Exactly one edition is current
 * afterwards, or nothing changes.
 */
export async function makeEditionCurrent({ actor, editionId, now = new Date() }: { actor: BackOfficeActor; editionId: string; now?: Date }): Promise<void> {
  await inTransaction(
    async (tx) => {
      const { slug, previous } = await switchCurrentEdition(tx, { editionId, from: "PAST", refusal: "EDITION_NOT_PAST", now });
      await recordAudit(tx, actor, {
        action: "edition.made-current",
        entityType: "Edition",
        entityId: editionId,
        before: { status: "PAST", current: previous },
        after: { status: "CURRENT", current: [slug] },
      });
    },
    { maxAttempts: 1 },
  );
}
