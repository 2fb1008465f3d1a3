import "server-only";
import { env } from "./env";
import { createDbClient, type DbClient } from "./db-client";
import { databaseTarget } from "../prisma/database-target";

const cache = globalThis as unknown as { rencontresDb?: DbClient };

/** The one Prisma client of the process, cached across hot reloads. */
export const db: DbClient = (cache.rencontresDb ??= createDbClient(env.DATABASE_URL));

/** Which database the client speaks to, for the few queries written in SQL. */
export const dbProvider = databaseTarget(env.DATABASE_URL).provider;
