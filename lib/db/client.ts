import "server-only";
import { env } from "../env";
import { createDbClient, type DbClient } from "./create-client";
import { databaseTarget } from "../../prisma/database-target";
import { dialectOf } from "./dialect";
import { guardAgainstOutage, type OutageMonitor } from "./outage";

/** Kept on globalThis: one client per process across hot reloads and bundles, and the outage state the server reads. */
const cache = globalThis as unknown as { rencontresDb?: DbClient; rencontresDatabaseOutage?: OutageMonitor };

function guardedClient(): DbClient {
  const { client, monitor } = guardAgainstOutage(createDbClient(env.DATABASE_URL));
  cache.rencontresDatabaseOutage = monitor;
  return client;
}

/** The one Prisma client of the process, cached across hot reloads; it turns an outage into 503s (./outage.ts). */
export const db: DbClient = (cache.rencontresDb ??= guardedClient());

/** Whether the database answers (/api/health): at most one probe a second, shared by every request. */
export const databaseAnswers = (): Promise<boolean> => cache.rencontresDatabaseOutage?.answers() ?? Promise.resolve(true);

/** The SQL differences of the database the client speaks to, for the few queries written in SQL. */
export const dialect = dialectOf(databaseTarget(env.DATABASE_URL).provider);
