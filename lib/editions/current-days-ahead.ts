import "server-only";
import { db } from "../db/client";

/**
 * The published days of the current edition that are not over yet: publishing another edition
 * moves them to the archive (off the home page), while their pages stay at their address and keep
 * taking registrations until they are over. The publish page says so first.
 */
export async function currentDaysAhead(now = new Date()): Promise<{ slug: string; title: string; startsAt: Date }[]> {
  return db.event.findMany({
    where: { status: "PUBLISHED", endsAt: { gt: now }, edition: { status: "CURRENT" } },
    orderBy: { startsAt: "asc" },
    select: { slug: true, title: true, startsAt: true },
  });
}
