import "server-only";
import { db } from "../db/client";
import type { EditionStatus } from "../db/models";

export interface EditionRow {
  id: string;
  slug: string;
  title: string;
  status: EditionStatus;
  firstDay: Date | null;
  days: number;
}

/** Every edition for the back office, the newest first. */
export async function listEditions(): Promise<EditionRow[]> {
  const editions = await db.edition.findMany({
    orderBy: { createdAt: "desc" },
    include: { events: { select: { startsAt: true }, orderBy: { startsAt: "asc" } } },
  });
  return editions.map(({ id, slug, title, status, events }) => ({ id, slug, title, status, firstDay: events[0]?.startsAt ?? null, days: events.length }));
}
