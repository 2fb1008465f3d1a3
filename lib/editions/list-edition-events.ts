import "server-only";
import { db } from "../db/client";
import type { EditionStatus } from "../db/models";
import { AppError } from "../errors";
import type { EventSummary } from "../events/contract";
import { listEvents } from "../events/list-events";

export interface EditionEvents {
  edition: { slug: string; title: string; status: Exclude<EditionStatus, "DRAFT"> } | null;
  events: EventSummary[];
}

/**
 * The public days of the current edition, or of the edition named by its slug (`?edition=` of the
 * events API); a draft edition is as unknown as a missing one.
 */
export async function listEditionEvents({ edition, now = new Date() }: { edition?: string; now?: Date }): Promise<EditionEvents> {
  const found = await db.edition.findFirst({ where: edition ? { slug: edition, status: { not: "DRAFT" } } : { status: "CURRENT" }, select: { slug: true, title: true, status: true } });
  if (edition && !found) throw new AppError("EDITION_NOT_FOUND", edition);
  return {
    edition: found && { slug: found.slug, title: found.title, status: found.status === "PAST" ? "PAST" : "CURRENT" },
    events: found ? await listEvents(now, { edition: found.slug }) : [],
  };
}
