import { z } from "zod";
import { ORGANISATION_TYPES, ROLES } from "./schema";

export const REGISTRATION_STATUSES = ["CONFIRMED", "OFFERED", "WAITLISTED", "CANCELLED"] as const;
export const LIST_SORTS = ["nom", "organisation", "date", "statut"] as const;
export const LIST_PAGE_SIZE = 50;

export const REGISTRATION_STATUS_LABELS: Record<(typeof REGISTRATION_STATUSES)[number], string> = {
  CONFIRMED: "Confirmé·e",
  OFFERED: "Place proposée",
  WAITLISTED: "En attente",
  CANCELLED: "Annulé·e",
};

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(10)).catch([]);

/**
 * A list of registrations as its URL says (so a filtered list can be bookmarked and shared);
 * unknown or malformed parameters are ignored rather than refused.
 */
export const listQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  statut: list(z.enum(REGISTRATION_STATUSES)),
  type: z.enum(ORGANISATION_TYPES).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  dejeuner: z.enum(["oui", "non"]).optional().catch(undefined),
  besoins: z.enum(["regime", "accessibilite"]).optional().catch(undefined),
  present: z.enum(["oui", "non"]).optional().catch(undefined),
  /** Answers to the day's choice and yes/no questions: « <question key>:<choice key> » (« oui »/« non » for yes/no). */
  reponse: list(z.string().max(130).regex(/^[a-z0-9-]+:[a-z0-9-]+$/)),
  tri: z.enum(LIST_SORTS).default("nom").catch("nom"),
  ordre: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

/** The query back as URL parameters (for links to other pages or sorts, and exports). */
export function listQueryParams(query: ListQuery, changes: Partial<ListQuery> = {}): URLSearchParams {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  for (const status of merged.statut) params.append("statut", status);
  for (const answer of merged.reponse) params.append("reponse", answer);
  for (const key of ["type", "role", "dejeuner", "besoins", "present"] as const) if (merged[key]) params.set(key, merged[key]);
  if (merged.tri !== "nom") params.set("tri", merged.tri);
  if (merged.ordre !== "asc") params.set("ordre", merged.ordre);
  if (merged.page > 1) params.set("page", String(merged.page));
  return params;
}

/** URLSearchParams (or Next's searchParams object) → the plain object the schema reads. */
export function searchParamsObject(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const entries = params instanceof URLSearchParams ? [...new Set(params.keys())].map((key) => [key, params.getAll(key)] as const) : Object.entries(params);
  return Object.fromEntries(
    entries.filter((entry): entry is [string, string | string[]] => entry[1] !== undefined).map(([key, value]) => [key, Array.isArray(value) && value.length === 1 ? value[0] : value]),
  );
}
