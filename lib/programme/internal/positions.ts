import "server-only";
import type { Tx } from "../../db/transaction";

/** Writes positions 0, 1, 2… in the given order, touching only the items whose position changes. */
export async function renumber(tx: Tx, items: { id: string; position: number }[]): Promise<void> {
  for (const [position, item] of items.entries()) {
    if (item.position !== position) await tx.programmeItem.update({ where: { id: item.id }, data: { position } });
  }
}

/**
 * The event's items in order, with `placed` moved to its chronological place: before the first
 * other item that starts later. The order the admin arranged among the others is kept.
 */
export async function placeChronologically(tx: Tx, eventId: string, placed: { id: string; startsAt: Date }): Promise<void> {
  const others = (await tx.programmeItem.findMany({ where: { eventId }, orderBy: [{ position: "asc" }, { startsAt: "asc" }] })).filter(
    (item) => item.id !== placed.id,
  );
  const at = others.findIndex((item) => item.startsAt > placed.startsAt);
  const self = { id: placed.id, position: -1 };
  await renumber(tx, at === -1 ? [...others, self] : [...others.slice(0, at), self, ...others.slice(at)]);
}
