import "server-only";
import { db } from "../db";
import { formatTime } from "../dates";
import { recordAudit } from "../audit/record-audit";
import { requestDelivery } from "../mail/delivery-trigger";
import { announceProgrammeChange } from "./announce-programme-change";

/** Marks a speaker « sous réserve » as confirmed for a programme item and tells the event's confirmed attendees. */
export async function confirmSpeaker({
  programmeItemId,
  speakerId,
  actor,
}: {
  programmeItemId: string;
  speakerId: string;
  actor: string;
}): Promise<{ changes: string[]; notified: number }> {
  const result = await db.$transaction(async (tx) => {
    const part = await tx.programmeItemSpeaker.findUniqueOrThrow({
      where: { programmeItemId_speakerId: { programmeItemId, speakerId } },
      include: { speaker: true, programmeItem: true },
    });
    if (part.confirmed) return { changes: [], notified: 0 };
    await tx.programmeItemSpeaker.update({ where: { programmeItemId_speakerId: { programmeItemId, speakerId } }, data: { confirmed: true } });
    await recordAudit(tx, {
      actor,
      action: "programme.speaker.confirmed",
      entityType: "ProgrammeItem",
      entityId: programmeItemId,
      before: { speakerId, confirmed: false },
      after: { speakerId, confirmed: true },
    });
    const item = part.programmeItem;
    const changes = [`${part.speaker.name} confirme sa participation : ${item.title} (${formatTime(item.startsAt)}).`];
    return { changes, notified: await announceProgrammeChange(tx, item.eventId, changes) };
  });
  requestDelivery();
  return result;
}
