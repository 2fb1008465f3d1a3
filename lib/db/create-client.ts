import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { PrismaClient as PostgresqlClient } from "../generated/postgresql/client";
import { databaseTarget } from "../../prisma/database-target";
import { PrismaBetterSqlite3Immediate } from "./sqlite-immediate";

/**
 * Both generated clients come from one schema (prisma/postgresql/schema.prisma is derived from
 * prisma/schema.prisma, checked by a test), so they expose the same model API; the SQLite client's
 * type stands for both.
 */
export type DbClient = SqliteClient;

/** A lock (SQLite: the write lock) waited for longer than this fails, and lib/db/transaction.ts says « réessayez ». */
const LOCK_TIMEOUT_MS = 10_000;

/** A Prisma client on the driver adapter that the URL's provider needs. */
export function createDbClient(databaseUrl: string, { lockTimeoutMs = LOCK_TIMEOUT_MS } = {}): DbClient {
  const target = databaseTarget(databaseUrl);
  if (target.provider === "sqlite") {
    return new SqliteClient({
      adapter: new PrismaBetterSqlite3Immediate({ url: target.url, timeout: lockTimeoutMs }),
    });
  }
  const adapter = new PrismaPg({ connectionString: target.url, options: `-c lock_timeout=${lockTimeoutMs}` });
  const client = new PostgresqlClient({ adapter });
  return client as unknown as DbClient;
}
