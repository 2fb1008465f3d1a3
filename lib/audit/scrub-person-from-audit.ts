import "server-only";
import type { Prisma } from "../db/models";
import type { Tx } from "../db/transaction";

/** Words the organisers typed about one person, kept in an entry's before/after. */
const FREE_TEXT_KEYS = ["note", "reason", "correctionReason"];
const ERASED = "(effacée)";

type Json = Prisma.JsonValue;

function scrubbed(json: Json, keys: string[]): Json {
  if (!json || typeof json !== "object" || Array.isArray(json)) return json;
  return Object.fromEntries(Object.entries(json).map(([key, value]) => [key, keys.includes(key) && typeof value === "string" ? ERASED : value]));
}

const changed = (a: Json, b: Json) => JSON.stringify(a) !== JSON.stringify(b);

/**
 * What may remain of an erased or anonymised person in the journal: the organisers' own words
 * about their registrations (internal notes, why a seat over capacity was given, why an arrival
 * was corrected). The entries stay, with who and when; their free text goes.
 */
export async function scrubPersonFromAudit(tx: Tx, registrationIds: string[]): Promise<void> {
  if (registrationIds.length === 0) return;
  const entries = await tx.auditEntry.findMany({
    where: { entityType: "Registration", entityId: { in: registrationIds } },
    select: { id: true, before: true, after: true },
  });
  for (const entry of entries) {
    const before = scrubbed(entry.before, FREE_TEXT_KEYS);
    const after = scrubbed(entry.after, FREE_TEXT_KEYS);
    if (changed(before, entry.before) || changed(after, entry.after)) {
      await tx.auditEntry.update({
        where: { id: entry.id },
        data: { before: (before ?? undefined) as Prisma.InputJsonValue | undefined, after: (after ?? undefined) as Prisma.InputJsonValue | undefined },
      });
    }
  }
}

/**
 * Texts searched for in lists, kept by exports recorded before searches stopped being kept
 * (auditedListQuery): they may name anyone, so an erasure or the retention job removes them all.
 */
export async function scrubStoredSearches(tx: Tx): Promise<void> {
  const exports = await tx.auditEntry.findMany({ where: { action: "export.created" }, select: { id: true, after: true } });
  for (const { id, after } of exports) {
    const filters = after && typeof after === "object" && !Array.isArray(after) ? after.filters : undefined;
    if (!filters || typeof filters !== "object" || Array.isArray(filters) || typeof filters.q !== "string") continue;
    const { q: _searched, ...rest } = filters;
    await tx.auditEntry.update({ where: { id }, data: { after: { ...(after as Prisma.JsonObject), filters: { ...rest, recherche: "oui" } } } });
  }
}
