import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { itemLabel } from "./internal/item-label";
import { recordProgrammeChanges } from "./record-programme-changes";

/**
 * Marks a speaker « sous réserve » as confirmed for a programme item: the public programme drops
 * the mention at once, and the news waits for the admin to announce it to confirmed attendees.
 */
export async function confirmSpeaker({
  actor,
  programmeItemId,
  speakerId,
}: {
  actor: BackOfficeActor;
  programmeItemId: string;
  speakerId: string;
}): Promise<{ change: string | null }> {
  return inTransaction(async (tx) => {
    const part = await tx.programmeItemSpeaker.findUnique({
      where: { programmeItemId_speakerId: { programmeItemId, speakerId } },
      include: { speaker: true, programmeItem: true },
    });
    if (!part) throw new AppError("RECORD_NOT_FOUND");
    if (part.confirmed) return { change: null };
    const item = part.programmeItem;
    await tx.programmeItemSpeaker.update({ where: { programmeItemId_speakerId: { programmeItemId, speakerId } }, data: { confirmed: true } });
    await recordAudit(tx, actor, {
      action: "programme.speaker.confirmed",
      entityType: "ProgrammeItem",
      entityId: programmeItemId,
      eventId: item.eventId,
      before: { speaker: part.speaker.name, confirmed: false },
      after: { speaker: part.speaker.name, confirmed: true },
    });
    const change = `${part.speaker.name} confirme sa participation : ${itemLabel(item)}.`;
    await recordProgrammeChanges(tx, item.eventId, [change]);
    return { change };
  });
}
