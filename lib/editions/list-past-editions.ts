import "server-only";
import { db } from "../db/client";
import type { EventKind } from "../db/models";
import type { ProgrammeItemView } from "../events/contract";
import { PUBLIC_PROGRAMME, toProgrammeItemView } from "../events/programme-view";
import { toEditionTexts, type EditionTexts } from "./edition-texts";

export interface ArchivedDay {
  slug: string;
  title: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  city: string;
  venue: string | null;
  host: string | null;
  programme: ProgrammeItemView[];
  /** Aggregates only: nobody's name. */
  attendance: { registered: number; present: number };
}

export interface ArchivedEdition extends EditionTexts {
  slug: string;
  days: ArchivedDay[];
}

/** The past editions for the public archive, the most recent first: texts, days, programme as they were, attendance in numbers. */
export async function listPastEditions(): Promise<ArchivedEdition[]> {
  const editions = await db.edition.findMany({
    where: { status: "PAST" },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    include: {
      networks: { orderBy: { position: "asc" } },
      events: {
        where: { status: { in: ["PUBLISHED", "CLOSED"] } },
        orderBy: [{ startsAt: "asc" }, { kind: "asc" }, { city: "asc" }],
        include: {
          programme: PUBLIC_PROGRAMME,
          _count: { select: { checkIns: true } },
        },
      },
    },
  });
  const registered = await db.registration.groupBy({
    by: ["eventId"],
    where: { status: "CONFIRMED", eventId: { in: editions.flatMap((edition) => edition.events.map((event) => event.id)) } },
    _count: { _all: true },
  });
  const registeredOf = new Map(registered.map((row) => [row.eventId, row._count._all]));
  return editions.map((edition) => ({
    slug: edition.slug,
    ...toEditionTexts(edition, edition.networks),
    days: edition.events.map((event) => ({
      slug: event.slug,
      title: event.title,
      kind: event.kind,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      city: event.city,
      venue: event.venue,
      host: event.host,
      attendance: { registered: registeredOf.get(event.id) ?? 0, present: event._count.checkIns },
      programme: event.programme.map(toProgrammeItemView),
    })),
  }));
}
