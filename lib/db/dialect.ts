import { Prisma } from "../generated/sqlite/client";
import type { DatabaseProvider } from "../../prisma/database-target";

/**
 * Every difference between SQLite and PostgreSQL that the app's SQL has to know, in one place.
 * Prisma's query API hides the rest; these are for the few statements written in SQL.
 */
export interface Dialect {
  provider: DatabaseProvider;
  /**
   * Appended to a SELECT of rows about to be claimed: on PostgreSQL, rows locked by a concurrent
   * claim are skipped instead of waited for; SQLite runs one writer at a time and needs nothing.
   */
  skipLocked: Prisma.Sql;
  /**
   * Appended to a SELECT of a row that orders concurrent transactions: on PostgreSQL, waits for the
   * one holding it; SQLite runs one writer at a time and needs nothing.
   */
  forUpdate: Prisma.Sql;
  /** A DateTime value as the column stores it, comparable in SQL. */
  timestamp(date: Date): Prisma.Sql;
  /**
   * A case-insensitive "contains" filter for Prisma queries: SQLite's LIKE already ignores the case
   * of ASCII letters; PostgreSQL needs Prisma's insensitive mode (ILIKE).
   */
  containsText(text: string): Prisma.StringFilter;
}

const postgresql: Dialect = {
  provider: "postgresql",
  skipLocked: Prisma.sql`FOR UPDATE SKIP LOCKED`,
  forUpdate: Prisma.sql`FOR UPDATE`,
  // timestamp(3) columns hold UTC without a zone: compare with UTC values, whatever the session's zone.
  timestamp: (date) => Prisma.sql`${date.toISOString().replace("Z", "")}::timestamp(3)`,
  // The SQLite client's types stand for both (lib/db/create-client.ts); this mode is PostgreSQL's own.
  containsText: (text) => ({ contains: text, mode: "insensitive" }) as Prisma.StringFilter,
};

const sqlite: Dialect = {
  provider: "sqlite",
  skipLocked: Prisma.empty,
  forUpdate: Prisma.empty,
  // Prisma stores SQLite DateTimes as ISO 8601 text with a +00:00 offset, which sorts as time does.
  timestamp: (date) => Prisma.sql`${date.toISOString().replace("Z", "+00:00")}`,
  containsText: (text) => ({ contains: text }),
};

export function dialectOf(provider: DatabaseProvider): Dialect {
  return provider === "postgresql" ? postgresql : sqlite;
}
