import "server-only";
import type { UserActor } from "../audit/actor";
import { db } from "../db/client";
import type { Event, RegistrationStatus } from "../db/models";

export interface AdminEventRow {
  event: Event;
  counts: Record<RegistrationStatus, number>;
  /** Changes kept to be announced to attendees. */
  pendingChanges: number;
}

const NO_COUNTS: Record<RegistrationStatus, number> = { CONFIRMED: 0, OFFERED: 0, WAITLISTED: 0, CANCELLED: 0 };

/** Which editions' days: the current and the one in preparation, every one, or one by its slug. */
export type EditionChoice = "ACTIVE" | "ALL" | { slug: string };

const editionWhere = (edition: EditionChoice) =>
  edition === "ALL" ? {} : edition === "ACTIVE" ? { edition: { status: { in: ["CURRENT" as const, "DRAFT" as const] } } } : { edition: { slug: edition.slug } };

/**
 * The events a user may see in the back office (drafts included), by date, with their registration
 * counts, of every edition or of those chosen; with `slug`, only that one (an empty list when the
 * user may not see it).
 */
export async function listAdminEvents(user: UserActor, { slug, edition = "ALL" }: { slug?: string; edition?: EditionChoice } = {}): Promise<AdminEventRow[]> {
  const events = await db.event.findMany({
    where: { ...(user.eventIds ? { id: { in: user.eventIds } } : {}), ...(slug ? { slug } : {}), ...editionWhere(edition) },
    orderBy: [{ startsAt: "asc" }, { kind: "asc" }, { city: "asc" }],
  });
  const ids = events.map((event) => event.id);
  const [groups, pending] = await Promise.all([
    db.registration.groupBy({ by: ["eventId", "status"], where: { eventId: { in: ids } }, _count: { _all: true } }),
    db.programmeChange.groupBy({ by: ["eventId"], where: { eventId: { in: ids }, announcedAt: null }, _count: { _all: true } }),
  ]);
  return events.map((event) => ({
    event,
    counts: {
      ...NO_COUNTS,
      ...Object.fromEntries(groups.filter((group) => group.eventId === event.id).map((group) => [group.status, group._count._all])),
    },
    pendingChanges: pending.find((group) => group.eventId === event.id)?._count._all ?? 0,
  }));
}
