import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { itemLabel } from "./internal/item-label";
import { renumber } from "./internal/positions";
import { recordProgrammeChanges } from "./record-programme-changes";

/** Removes an item from the programme (its speakers stay in the list of speakers); attendees may be told. */
export async function deleteProgrammeItem({ actor, itemId }: { actor: BackOfficeActor; itemId: string }): Promise<void> {
  await inTransaction(async (tx) => {
    const item = await tx.programmeItem.findUnique({ where: { id: itemId }, include: { speakers: { include: { speaker: true } } } });
    if (!item) throw new AppError("RECORD_NOT_FOUND");
    await tx.programmeItem.delete({ where: { id: itemId } });
    await renumber(tx, await tx.programmeItem.findMany({ where: { eventId: item.eventId }, orderBy: [{ position: "asc" }, { startsAt: "asc" }] }));
    await recordProgrammeChanges(tx, item.eventId, [`Séquence retirée du programme : ${itemLabel(item)}.`]);
    await recordAudit(tx, actor, {
      action: "programme.item.deleted",
      entityType: "ProgrammeItem",
      entityId: itemId,
      eventId: item.eventId,
      before: { title: item.title, kind: item.kind, startsAt: item.startsAt.toISOString(), speakers: item.speakers.map((part) => part.speaker.name) },
    });
  });
}
