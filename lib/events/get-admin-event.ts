import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/models";

const adminEventInclude = {
  programme: {
    orderBy: [{ position: "asc" }, { startsAt: "asc" }],
    include: { speakers: { orderBy: { position: "asc" }, include: { speaker: true } } },
  },
  programmeChanges: { where: { announcedAt: null }, orderBy: { createdAt: "asc" } },
  // A day of an edition in preparation is published with its edition, not alone.
  edition: { select: { id: true, status: true } },
} satisfies Prisma.EventInclude;

export type AdminEvent = Prisma.EventGetPayload<{ include: typeof adminEventInclude }>;

/** An event as the back office shows it (drafts included): programme with speakers, changes not yet announced. */
export function getAdminEvent(slug: string): Promise<AdminEvent | null> {
  return db.event.findUnique({ where: { slug }, include: adminEventInclude });
}
