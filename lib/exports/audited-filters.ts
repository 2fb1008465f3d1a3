import type { ListQuery } from "../registrations/list-query";

/**
 * A list's filters as the journal keeps them: never the text searched for, which may be a
 * person's name (and would outlive their erasure); only that there was a search.
 */
export function auditedListQuery({ q, page: _page, ...filters }: ListQuery) {
  return { ...filters, ...(q ? { recherche: "oui" } : {}) };
}
