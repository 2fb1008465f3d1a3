import "server-only";
import { env } from "./env";
import { createDbClient, type DbClient } from "./db-client";

const cache = globalThis as unknown as { rencontresDb?: DbClient };

/** The one Prisma client of the process, cached across hot reloads. */
export const db: DbClient = (cache.rencontresDb ??= createDbClient(env.DATABASE_URL));
