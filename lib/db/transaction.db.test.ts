import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { db } from "./client";
import { createDbClient } from "./create-client";
import { transactionOn } from "./transaction";

/** A second connection that gives up on a lock after a short wait, as a busy server would after 10 s. */
const impatient = createDbClient(process.env.DATABASE_URL!, { lockTimeoutMs: 300 });

beforeAll(() => seedDatabase(db, { year: 2030 }));
afterAll(async () => {
  await impatient.$disconnect();
  await db.$disconnect();
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
