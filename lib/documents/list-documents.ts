import "server-only";
import { db } from "../db/client";
import { PUBLIC_PROGRAMME } from "../events/programme-view";
import { documentTypeFor } from "./document-types";

export interface DocumentLink {
  id: string;
  title: string;
  /** The public address: /api/documents/<id>/<file name>. */
  url: string;
  fileName: string;
  /** « PDF », « PowerPoint », « image PNG »... */
  typeLabel: string;
  size: number;
}

export interface AdminDocument extends DocumentLink {
  publishedAt: Date | null;
  createdAt: Date;
  programmeItem: { id: string; title: string } | null;
}

/** The public address of a document (its name at the end, for the browser's download). */
export const documentUrl = (document: { id: string; fileName: string }) => `/api/documents/${document.id}/${encodeURIComponent(document.fileName)}`;

const link = (document: { id: string; title: string; fileName: string; contentType: string; size: number }): DocumentLink => ({
  id: document.id,
  title: document.title,
  url: documentUrl(document),
  fileName: document.fileName,
  typeLabel: documentTypeFor(document.contentType)?.label ?? "fichier",
  size: document.size,
});

/** Every document of a day, for the back office: the day's own first, then by programme item, newest last. */
export async function listEventDocuments(eventId: string): Promise<AdminDocument[]> {
  const documents = await db.eventDocument.findMany({
    where: { eventId },
    include: { programmeItem: { select: { id: true, title: true, position: true } } },
    orderBy: { createdAt: "asc" },
  });
  return documents
    .sort((a, b) => (a.programmeItem?.position ?? -1) - (b.programmeItem?.position ?? -1))
    .map((document) => ({
      ...link(document),
      publishedAt: document.publishedAt,
      createdAt: document.createdAt,
      programmeItem: document.programmeItem && { id: document.programmeItem.id, title: document.programmeItem.title },
    }));
}

export interface PublishedDocuments {
  /** The day's own documents (the programme as a PDF, photos...). */
  day: DocumentLink[];
  /** Those of each programme item, in the public programme's order (lib/events/programme-view.ts). */
  byItem: DocumentLink[][];
  /** All of them: the day's, then each item's in the programme's order (the archive's list). */
  all: DocumentLink[];
}

/** The published documents of some days, by the day's address: what the public pages and the archive show. */
export async function listPublishedDocuments(slugs: string[]): Promise<Map<string, PublishedDocuments>> {
  const events = await db.event.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const eventIds = events.map((event) => event.id);
  const [documents, items] = await Promise.all([
    db.eventDocument.findMany({ where: { eventId: { in: eventIds }, publishedAt: { not: null } }, orderBy: { createdAt: "asc" } }),
    db.programmeItem.findMany({ where: { eventId: { in: eventIds } }, orderBy: PUBLIC_PROGRAMME.orderBy, select: { id: true, eventId: true } }),
  ]);
  const byEvent = new Map<string, PublishedDocuments>(eventIds.map((id) => [id, { day: [], byItem: items.filter((item) => item.eventId === id).map(() => []), all: [] }]));
  const itemIndex = new Map(eventIds.flatMap((id) => items.filter((item) => item.eventId === id).map((item, index) => [item.id, index] as const)));
  for (const document of documents) {
    const entry = byEvent.get(document.eventId)!;
    const index = document.programmeItemId ? itemIndex.get(document.programmeItemId) : undefined;
    if (index === undefined) entry.day.push(link(document));
    else entry.byItem[index].push(link(document));
  }
  for (const entry of byEvent.values()) entry.all = [...entry.day, ...entry.byItem.flat()];
  return new Map(events.map((event) => [event.slug, byEvent.get(event.id)!]));
}
