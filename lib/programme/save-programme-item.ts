import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import type { ProgrammeItem } from "../db/models";
import { timeRangeLabel } from "./internal/item-label";
import { itemTimes } from "./internal/item-times";
import { placeChronologically } from "./internal/positions";
import { recordProgrammeChanges } from "./record-programme-changes";
import type { ProgrammeItemInput } from "./schema";

const audited = (item: ProgrammeItem) => ({
  kind: item.kind,
  title: item.title,
  description: item.description,
  startsAt: item.startsAt.toISOString(),
  endsAt: item.endsAt?.toISOString() ?? null,
});

/**
 * Adds a programme item to an event (`itemId` absent) or edits one. Times must fit within the
 * event's hours; an item whose times change takes its chronological place, and the change is kept
 * to be announced to attendees.
 */
export async function saveProgrammeItem({
  actor,
  eventId,
  itemId,
  input,
}: {
  actor: BackOfficeActor;
  eventId: string;
  itemId?: string;
  input: ProgrammeItemInput;
}): Promise<ProgrammeItem> {
  return inTransaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId } });
    if (!event) throw new AppError("RECORD_NOT_FOUND");
    const before = itemId ? await tx.programmeItem.findFirst({ where: { id: itemId, eventId } }) : null;
    if (itemId && !before) throw new AppError("RECORD_NOT_FOUND");
    const { startTime, endTime, ...fields } = input;
    const data = { ...fields, ...itemTimes(event, startTime, endTime) };
    const item = before
      ? await tx.programmeItem.update({ where: { id: before.id }, data })
      : await tx.programmeItem.create({ data: { ...data, eventId } });
    const moved = !before || before.startsAt.getTime() !== item.startsAt.getTime() || before.endsAt?.getTime() !== item.endsAt?.getTime();
    if (moved) await placeChronologically(tx, eventId, item);
    if (before && moved) {
      const times = `${timeRangeLabel(item.startsAt, item.endsAt)} (au lieu de ${timeRangeLabel(before.startsAt, before.endsAt)})`;
      await recordProgrammeChanges(tx, eventId, [`Nouvel horaire pour « ${item.title} » : ${times}.`]);
    }
    await recordAudit(tx, actor, {
      action: before ? "programme.item.updated" : "programme.item.created",
      entityType: "ProgrammeItem",
      entityId: item.id,
      eventId,
      ...(before ? { before: audited(before) } : {}),
      after: audited(item),
    });
    return item;
  });
}
