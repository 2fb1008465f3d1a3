/**
 * What a database error says about the database itself, as Prisma's driver adapters report it
 * (shapes provoked on a stopped PostgreSQL and on an unopenable or full SQLite file):
 * - "unreachable": no query can be answered (server down, shutting down or starting up, connection
 *   refused or cut, SQLite file that cannot be opened or read);
 * - "refusing-writes": reads are answered, writes fail (disk full, read-only file);
 * - null: an error of the query itself (constraint, lock timeout…), the caller's business.
 */
export type DatabaseFailure = "unreachable" | "refusing-writes";

/** Prisma's own codes: P1001 can't reach, P1002 timed out reaching, P1017 server closed the connection. */
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
/** The adapters' kinds of a connection that failed (@prisma/driver-adapter-utils). */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
/** PostgreSQL: 08xxx connection exceptions, 57P01-57P03 shutdown/crash/cannot connect now; SQLite: cannot open, I/O. */
const UNREACHABLE_CODE = /^(08\d{3}|57P0[123]|SQLITE_CANTOPEN|SQLITE_IOERR|SQLITE_NOTADB)/;
/** PostgreSQL 53100 disk_full; SQLite's full disk (or max_page_count), read-only file or directory. */
const REFUSING_WRITES_CODE = /^(53100|SQLITE_FULL|SQLITE_READONLY)/;
/** What node-postgres and better-sqlite3 say without a code (a pooled client used after its connection broke: « not queryable »). */
const UNREACHABLE_MESSAGE =
  /Can't reach database server|Connection terminated|Connection refused|ECONNREFUSED|ECONNRESET|EPIPE|is not queryable|timeout exceeded when trying to connect|the database system is (shutting down|starting up|in recovery mode)|terminating connection due to administrator command|unable to open database file|Cannot open database because|disk I\/O error/i;
const REFUSING_WRITES_MESSAGE = /database or disk is full|No space left on device|attempt to write a readonly database/i;

type Fields = { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: Record<string, unknown> } }; cause?: unknown };

export function databaseFailure(error: unknown): DatabaseFailure | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, message, meta } = error as Fields;
  const cause = meta?.driverAdapterError?.cause ?? {};
  const codes = [code, cause.code, cause.originalCode].map(String);
  const text = [message, cause.message, cause.originalMessage].map(String).join("\n");
  if (UNREACHABLE_PRISMA_CODES.has(String(code)) || UNREACHABLE_KINDS.has(String(cause.kind))) return "unreachable";
  if (codes.some((value) => REFUSING_WRITES_CODE.test(value)) || REFUSING_WRITES_MESSAGE.test(text)) return "refusing-writes";
  if (codes.some((value) => UNREACHABLE_CODE.test(value)) || UNREACHABLE_MESSAGE.test(text)) return "unreachable";
  return null;
}
