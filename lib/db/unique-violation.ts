/** Prisma's code of an error, when it has one. */
const errorCode = (error: unknown) => (typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined);

/**
 * A unique constraint hit (often by a concurrent transaction): the one test of it, for the query
 * API (P2002) and for raw statements ($executeRaw), which report the database's own code (P2010
 * with 23505 on PostgreSQL, « UNIQUE constraint failed » on SQLite). Without `server-only`: the seed
 * runs outside the app too.
 */
export const isUniqueViolation = (error: unknown) =>
  errorCode(error) === "P2002" || (errorCode(error) === "P2010" && /\b23505\b|unique constraint|UNIQUE constraint failed/i.test(String(error)));
