import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./client";
import { databaseTarget } from "../../prisma/database-target";

const file = databaseTarget(process.env.DATABASE_URL).url.slice("file:".length);

// In WAL mode, as `npm start` sets it: there readers never block a writer, only writers do.
beforeAll(() => {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
});

/** Another process writing to the same SQLite file, giving up after a short busy wait. */
function writeFromAnotherProcess(file: string): string {
  const script = `
    const Database = require("better-sqlite3");
    try {
      new Database(${JSON.stringify(file)}, { timeout: 300 }).prepare('UPDATE "Event" SET "offerHours" = "offerHours" + 1').run();
      process.stdout.write("written");
    } catch (error) {
      process.stdout.write(error.code);
    }`;
  return spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: process.cwd() }).stdout;
}

describe("SQLite transactions and another process", () => {
  it("hold the write lock from their start: another process waits for them instead of writing in between", async () => {
    let other = "";
    await db.$transaction(async (tx) => {
      await tx.event.count();
      other = writeFromAnotherProcess(file);
      await tx.event.updateMany({ data: { offerHours: 24 } });
    });
    // The other process waited for the lock and gave up (its busy timeout is short). With a
    // deferred BEGIN it writes at once, and a transaction that read before such a write fails
    // with SQLITE_BUSY_SNAPSHOT when it writes in turn (seen in the e2e run, with the worker).
    expect(other).toBe("SQLITE_BUSY");
    expect(await db.event.count({ where: { offerHours: 24 } })).toBe(await db.event.count());
  });
});
