import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { itemLabel } from "./internal/item-label";
import { recordProgrammeChanges } from "./record-programme-changes";

/** Adds a speaker to a programme item, confirmed or « sous réserve », after the item's other speakers. */
export async function linkSpeaker({
  actor,
  itemId,
  speakerId,
  confirmed,
}: {
  actor: BackOfficeActor;
  itemId: string;
  speakerId: string;
  confirmed: boolean;
}): Promise<void> {
  await inTransaction(async (tx) => {
    const item = await tx.programmeItem.findUnique({ where: { id: itemId }, include: { speakers: true } });
    const speaker = await tx.speaker.findUnique({ where: { id: speakerId } });
    if (!item || !speaker) throw new AppError("RECORD_NOT_FOUND");
    if (item.speakers.some((part) => part.speakerId === speakerId)) throw new AppError("SPEAKER_ALREADY_LINKED", speaker.name, "speakerId");
    const position = Math.max(-1, ...item.speakers.map((part) => part.position)) + 1;
    await tx.programmeItemSpeaker.create({ data: { programmeItemId: itemId, speakerId, confirmed, position } });
    await recordProgrammeChanges(tx, item.eventId, [`${speaker.name} interviendra${confirmed ? "" : " (sous réserve)"} : ${itemLabel(item)}.`]);
    await recordAudit(tx, actor, {
      action: "programme.speaker.linked",
      entityType: "ProgrammeItem",
      entityId: itemId,
      eventId: item.eventId,
      after: { speaker: speaker.name, confirmed },
    });
  });
}
