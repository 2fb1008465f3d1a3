import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { log } from "../log";
import { seedDatabase } from "../../prisma/seed";
import { db } from "./client";
import { createDbClient } from "./create-client";
import { TransactionConflict, transactionOn } from "./transaction";
import { afterEveryCommit, removeAfterCommitHook } from "./after-commit";

/** A second connection that gives up on a lock after a short wait, as a busy server would after 10 s. */
const impatient = createDbClient(process.env.DATABASE_URL!, { lockTimeoutMs: 300 });

beforeAll(() => seedDatabase(db, { year: 2030 }));
afterAll(async () => {
  await impatient.$disconnect();
});

describe("a busy database", () => {
  it("answers « réessayez » (BUSY, 503) when a lock is held too long, and saves nothing", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // Holds the write lock on the national day (SQLite: the whole database) until released.
    const holder = db.$transaction(
      async (tx) => {
        await tx.event.update({ where: { slug: "journee-nationale" }, data: { offerHours: { increment: 1 } } });
        locked();
        await held;
      },
      { timeout: 20_000 },
    );
    await lockTaken;

    const attempt = transactionOn(impatient, (tx) => tx.event.update({ where: { slug: "journee-nationale" }, data: { capacity: 1 } }));
    await expect(attempt).rejects.toMatchObject({ name: "AppError", code: "BUSY", status: 503 });
    release();
    await holder;
    expect((await db.event.findUniqueOrThrow({ where: { slug: "journee-nationale" } })).capacity).toBe(250);
  });
});

describe("a transaction that found the database changed under it", () => {
  it("runs again (TransactionConflict), nothing of the failed attempt kept; « réessayez » when it never settles", async () => {
    const titles: string[] = [];
    const ran = await transactionOn(db, async (tx, attempt) => {
      const event = await tx.event.update({ where: { slug: "nancy" }, data: { title: `Essai ${attempt}` } });
      titles.push(event.title);
      if (attempt < 3) throw new TransactionConflict("test");
      return attempt;
    });
    expect(ran).toBe(3);
    expect(titles).toEqual(["Essai 1", "Essai 2", "Essai 3"]);
    expect((await db.event.findUniqueOrThrow({ where: { slug: "nancy" } })).title).toBe("Essai 3");
    await expect(
      transactionOn(db, async () => {
        throw new TransactionConflict("test");
      }),
    ).rejects.toMatchObject({ code: "BUSY", status: 503 });
  });
});

describe("after-commit hooks", () => {
  it("run once a transaction commits, never when it fails, and a failing hook never fails the caller", async () => {
    const calls: string[] = [];
    // The broken hook is expected in the log: it is read here instead of failing the test.
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    afterEveryCommit("test-counter", () => calls.push("committed"));
    afterEveryCommit("test-broken", () => {
      throw new Error("hook broken");
    });
    try {
      const slug = await transactionOn(db, async (tx) => (await tx.event.findUniqueOrThrow({ where: { slug: "journee-nationale" } })).slug);
      expect(slug).toBe("journee-nationale");
      expect(calls).toEqual(["committed"]);
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ hook: "test-broken", err: "hook broken" }), "after-commit hook failed");

      await expect(
        transactionOn(db, async () => {
          throw new Error("work failed");
        }),
      ).rejects.toThrow("work failed");
      expect(calls).toEqual(["committed"]);
    } finally {
      removeAfterCommitHook("test-counter");
      removeAfterCommitHook("test-broken");
    }
  });
});
