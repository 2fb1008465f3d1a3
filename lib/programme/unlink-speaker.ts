import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { itemLabel } from "./internal/item-label";
import { recordProgrammeChanges } from "./record-programme-changes";

/** Takes a speaker off a programme item; attendees may be told. */
export async function unlinkSpeaker({ actor, itemId, speakerId }: { actor: BackOfficeActor; itemId: string; speakerId: string }): Promise<void> {
  await inTransaction(async (tx) => {
    const part = await tx.programmeItemSpeaker.findUnique({
      where: { programmeItemId_speakerId: { programmeItemId: itemId, speakerId } },
      include: { speaker: true, programmeItem: true },
    });
    if (!part) throw new AppError("RECORD_NOT_FOUND");
    await tx.programmeItemSpeaker.delete({ where: { programmeItemId_speakerId: { programmeItemId: itemId, speakerId } } });
    const item = part.programmeItem;
    await recordProgrammeChanges(tx, item.eventId, [`${part.speaker.name} n'interviendra plus : ${itemLabel(item)}.`]);
    await recordAudit(tx, actor, {
      action: "programme.speaker.unlinked",
      entityType: "ProgrammeItem",
      entityId: itemId,
      eventId: item.eventId,
      before: { speaker: part.speaker.name, confirmed: part.confirmed },
    });
  });
}
