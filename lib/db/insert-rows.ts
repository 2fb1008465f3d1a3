import "server-only";
import { Prisma } from "./models";
import type { Tx } from "./transaction";

/** A column's value as both databases take it from a parameter (JSON goes in as its text). */
export type ColumnValue = string | number | boolean | Date | null;

/** The tables written in bulk during a rush. */
type BulkTable = "Attendee" | "Registration" | "WaitlistEntry" | "OutboxEmail" | "Answer" | "AuditEntry";

/**
 * Under SQLite's limit of bound parameters (32,766) and PostgreSQL's (65,535), with room: a larger
 * batch is written in several statements of the same transaction.
 */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows into a table with one multi-row INSERT (or a few, for a large batch), written in SQL:
 * the registration rush writes a round's rows this way because Prisma's `createMany` costs about
 * four times the CPU a row (docs/bench/). Every row names the same columns and gives each a value:
 * no database default is used (SQLite has no DEFAULT in a VALUES list, and its CURRENT_TIMESTAMP is
 * not the text Prisma stores), so ids, `createdAt` and `updatedAt` come from the caller. Dates are
 * bound as Prisma binds them (the driver adapters store the same text or timestamp), JSON as its text.
 */
export async function insertRows(tx: Tx, table: BulkTable, rows: Record<string, ColumnValue>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  for (const row of rows) {
    const keys = Object.keys(row);
    if (keys.length !== columns.length || keys.some((key, index) => key !== columns[index])) {
      throw new Error(`insertRows(${table}): every row must give the same columns in the same order (${columns.join(", ")})`);
    }
  }
  const names = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows.slice(start, start + perStatement).map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => row[column]))})`);
    await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) VALUES ${Prisma.join(values)}`;
  }
}

/** A JSON column's value: its text, or NULL when there is none (Prisma's database null). */
export function jsonColumn(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
