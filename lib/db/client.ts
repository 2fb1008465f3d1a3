import "server-only";
import { env } from "../env";
import { createDbClient, type DbClient } from "./create-client";
import { databaseTarget } from "../../prisma/database-target";
import { dialectOf } from "./dialect";

const cache = globalThis as unknown as { rencontresDb?: DbClient };

/** The one Prisma client of the process, cached across hot reloads. */
export const db: DbClient = (cache.rencontresDb ??= createDbClient(env.DATABASE_URL));

/** The SQL differences of the database the client speaks to, for the few queries written in SQL. */
export const dialect = dialectOf(databaseTarget(env.DATABASE_URL).provider);
