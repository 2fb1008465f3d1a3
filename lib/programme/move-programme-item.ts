import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { renumber } from "./internal/positions";

/** Moves an item one place up or down the event's programme (for items that share a time, or any order the admin prefers). */
export async function moveProgrammeItem({ actor, itemId, direction }: { actor: BackOfficeActor; itemId: string; direction: "up" | "down" }): Promise<void> {
  await inTransaction(async (tx) => {
    const item = await tx.programmeItem.findUnique({ where: { id: itemId } });
    if (!item) throw new AppError("RECORD_NOT_FOUND");
    const items = await tx.programmeItem.findMany({ where: { eventId: item.eventId }, orderBy: [{ position: "asc" }, { startsAt: "asc" }] });
    const from = items.findIndex((candidate) => candidate.id === itemId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= items.length) return;
    const order = [...items];
    [order[from], order[to]] = [order[to], order[from]];
    await renumber(tx, order);
    await recordAudit(tx, actor, {
      action: "programme.item.moved",
      entityType: "ProgrammeItem",
      entityId: itemId,
      eventId: item.eventId,
      before: { position: from + 1 },
      after: { position: to + 1 },
    });
  });
}
