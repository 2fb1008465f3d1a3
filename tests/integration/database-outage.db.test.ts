import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startPostgresCluster, type PostgresCluster } from "../support/postgres-cluster";
import { recordingLog, UNAVAILABLE } from "../support/outage";
import { appErrorMessage } from "../../lib/errors";
import { UNAVAILABLE_MESSAGE } from "../../lib/http/unavailable-answer.mjs";
import { createDbClient } from "../../lib/db/create-client";
import { guardAgainstOutage } from "../../lib/db/outage";
import { transactionOn } from "../../lib/db/transaction";

/**
 * A database that goes away and comes back: PostgreSQL stopped as an operator would (a throwaway
 * server of this test's own), an SQLite file whose folder is missing then created.
 */
interface VanishingDatabase {
  url: string;
  goAway(): Promise<void>;
  comeBack(): Promise<void>;
  dispose(): Promise<void>;
}

async function vanishingDatabase(): Promise<VanishingDatabase> {
  if (inject("provider") === "postgresql") {
    const cluster: PostgresCluster = await startPostgresCluster();
    return { url: cluster.url, goAway: () => cluster.pause(), comeBack: () => cluster.resume(), dispose: () => cluster.stop() };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "rencontres-outage-"));
  const folder = path.join(dir, "data");
  mkdirSync(folder);
  return {
    url: `file:${path.join(folder, "app.db")}`,
    // The file stays open once opened: the folder is missing before the first query instead.
    goAway: async () => rmSync(folder, { recursive: true, force: true }),
    comeBack: async () => void mkdirSync(folder),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

let database: VanishingDatabase;
beforeAll(async () => {
  database = await vanishingDatabase();
});
afterAll(() => database.dispose());

it("says the same words as the 503 page the production server sends", () => {
  expect(appErrorMessage("UNAVAILABLE")).toBe(UNAVAILABLE_MESSAGE);
});

describe("a database that does not answer", () => {
  it("fails every query and transaction with AppError UNAVAILABLE (503, Retry-After), logs it once, and serves again as soon as it is back", async () => {
    const log = recordingLog();
    const sqlite = inject("provider") === "sqlite";
    if (sqlite) await database.goAway();
    const { client, monitor } = guardAgainstOutage(createDbClient(database.url), { log });

    if (!sqlite) {
      await expect(monitor.answers()).resolves.toBe(true);
      // A query running when the server stops (a Prisma query starts when it is awaited or given a callback).
      const running = client.$queryRawUnsafe("SELECT pg_sleep(30)").then(() => null, (error: unknown) => error);
      await expect.poll(() => client.$queryRawUnsafe<{ query: string }[]>("SELECT query FROM pg_stat_activity").then((rows) => rows.map(({ query }) => query))).toContain("SELECT pg_sleep(30)");
      await database.goAway();
      expect(await running).toMatchObject(UNAVAILABLE);
    }
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(client.$queryRawUnsafe("SELECT 1")).rejects.toMatchObject(UNAVAILABLE);
      await expect(transactionOn(client, (tx) => tx.$queryRawUnsafe("SELECT 1"))).rejects.toMatchObject(UNAVAILABLE);
    }
    expect(monitor.unreachableSince).not.toBeNull();
    await expect(monitor.answers()).resolves.toBe(false);

    await database.comeBack();
    await expect.poll(() => monitor.answers(), { timeout: 15_000 }).toBe(true);
    expect(monitor.unreachableSince).toBeNull();
    await expect(transactionOn(client, (tx) => tx.$queryRawUnsafe<{ one: unknown }[]>("SELECT 1 AS one"))).resolves.toEqual([{ one: sqlite ? 1n : 1 }]);
    expect(log.lines).toEqual([
      { level: "error", message: expect.stringContaining("database unreachable") },
      { level: "info", message: "database reachable again" },
    ]);
    await client.$disconnect();
  });

  it("is known from the first query when it was already gone", async () => {
    await database.goAway();
    try {
      const { client, monitor } = guardAgainstOutage(createDbClient(database.url), { log: recordingLog() });
      await expect(transactionOn(client, (tx) => tx.$queryRawUnsafe("SELECT 1"))).rejects.toMatchObject(UNAVAILABLE);
      await expect(monitor.answers()).resolves.toBe(false);
      await client.$disconnect();
    } finally {
      await database.comeBack();
    }
  });
});
