import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { Prisma } from "../db/models";
import { AUDIT_ACTIONS } from "./actions";

export const AUDIT_PAGE_SIZE = 50;

/** The journal's filters, from the page's query string: unknown or malformed values are ignored. */
export const auditFiltersSchema = z.object({
  qui: z.string().trim().max(254).optional().catch(undefined),
  quoi: z.enum(Object.keys(AUDIT_ACTIONS) as [keyof typeof AUDIT_ACTIONS]).optional().catch(undefined),
  /** An edition's slug: the entries about it and about its days. */
  edition: z.string().max(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

/** The entries about an edition and its days (none for an unknown edition). */
async function editionWhere(slug: string): Promise<Prisma.AuditEntryWhereInput> {
  const edition = await db.edition.findUnique({ where: { slug }, select: { id: true, events: { select: { id: true } } } });
  if (!edition) return { id: { in: [] } };
  return { OR: [{ entityType: "Edition", entityId: edition.id }, { eventId: { in: edition.events.map((event) => event.id) } }] };
}

/** A page of the audit journal, newest first: the whole site (or one edition's part), or one event's. */
export async function listAuditEntries({ eventId, filters }: { eventId?: string; filters: AuditFilters }) {
  const where: Prisma.AuditEntryWhereInput = {
    ...(eventId ? { eventId } : {}),
    ...(filters.edition ? await editionWhere(filters.edition) : {}),
    ...(filters.qui ? { actorLabel: { contains: filters.qui.toLowerCase() } } : {}),
    ...(filters.quoi ? { action: filters.quoi } : {}),
  };
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (filters.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    db.auditEntry.count({ where }),
  ]);
  const eventIds = [...new Set(entries.map((entry) => entry.eventId).filter((id): id is string => id !== null))];
  const events = await db.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, slug: true, title: true } });
  return {
    entries: entries.map((entry) => ({ ...entry, event: events.find((event) => event.id === entry.eventId) ?? null })),
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

export type AuditPage = Awaited<ReturnType<typeof listAuditEntries>>;
