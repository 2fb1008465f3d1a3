import { describe, expect, inject, it } from "vitest";
import { db } from "../../lib/db/client";
import { seedDatabase } from "../../prisma/seed";
import { emptyDatabase, tablesWithRows } from "./test-database";

// tests/setup/database.ts empties a shared worker's database between two files with these.
describe("a test database emptied between two files", () => {
  it("loses every row of every data table, keeps its migrations, and serves the app's open client again", async () => {
    const provider = inject("provider");
    const url = process.env.DATABASE_URL!;
    await seedDatabase(db, { year: 2030 });
    const migrations = await db.$queryRawUnsafe<unknown[]>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(migrations.length).toBeGreaterThan(0);
    expect(Object.keys(await tablesWithRows(provider, url))).toEqual(expect.arrayContaining(["Event", "Seat", "Series"]));

    await emptyDatabase(provider, url);

    expect(await tablesWithRows(provider, url)).toEqual({});
    expect(await db.$queryRawUnsafe<unknown[]>(`SELECT migration_name FROM "_prisma_migrations"`)).toEqual(migrations);
    await seedDatabase(db, { year: 2030 });
    expect(await db.event.count()).toBeGreaterThan(0);
  });
});
