import "server-only";
import { db } from "../db/client";
import type { EditionStatus, EventKind, EventStatus } from "../db/models";
import { toEditionTexts, type EditionTexts } from "./edition-texts";

export interface EditionDay {
  id: string;
  slug: string;
  title: string;
  kind: EventKind;
  status: EventStatus;
  startsAt: Date;
  city: string;
  venue: string | null;
  host: string | null;
}

export interface EditionDetail {
  id: string;
  slug: string;
  status: EditionStatus;
  texts: EditionTexts;
  /** The stored « À propos » and footer, as the form edits them. */
  context: string;
  footer: string;
  days: EditionDay[];
}

/** An edition as the back office shows it: its texts and its days, by date. */
export async function getEdition(editionId: string): Promise<EditionDetail | null> {
  const edition = await db.edition.findUnique({
    where: { id: editionId },
    include: {
      networks: { orderBy: { position: "asc" } },
      events: { orderBy: [{ startsAt: "asc" }, { kind: "asc" }, { city: "asc" }] },
    },
  });
  if (!edition) return null;
  return {
    id: edition.id,
    slug: edition.slug,
    status: edition.status,
    texts: toEditionTexts(edition, edition.networks),
    context: edition.context,
    footer: edition.footer,
    days: edition.events.map(({ id, slug, title, kind, status, startsAt, city, venue, host }) => ({ id, slug, title, kind, status, startsAt, city, venue, host })),
  };
}
