import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";

/** The better-sqlite3 database behind an adapter (the adapter keeps it as `client`). */
interface WithClient {
  client?: { prepare: (sql: string) => unknown };
}

/**
 * Prisma's SQLite adapter opens transactions with a deferred BEGIN. In WAL mode, a transaction
 * that has read and then writes fails at once with SQLITE_BUSY_SNAPSHOT when another process (the
 * background worker) wrote in between; the busy timeout cannot help. BEGIN IMMEDIATE takes the
 * write lock first, so concurrent writers wait their turn (up to the busy timeout) instead.
 */
export class PrismaBetterSqlite3Immediate extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    const database = (adapter as unknown as WithClient).client;
    if (!database) throw new Error("The SQLite adapter no longer exposes its database: see lib/sqlite-immediate-transactions.ts");
    const prepare = database.prepare.bind(database);
    database.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  }
}
