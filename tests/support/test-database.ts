import Database from "better-sqlite3";
import { Client } from "pg";

/**
 * The tables of a test database that tests fill: every table but Prisma's record of the applied
 * migrations (kept, so that the database stays migrated) and SQLite's own.
 */
const DATA_TABLES_SQLITE = `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`;
const DATA_TABLES_POSTGRESQL = `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`;

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

function sqliteFile(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`Not an SQLite URL: ${url}`);
  return url.slice("file:".length);
}

async function withPostgresql<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The data tables holding rows, with their counts: none in a freshly migrated database. */
export async function tablesWithRows(provider: "sqlite" | "postgresql", url: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  if (provider === "sqlite") {
    const database = new Database(sqliteFile(url), { readonly: true });
    try {
      for (const name of database.prepare(DATA_TABLES_SQLITE).pluck().all() as string[]) {
        const count = database.prepare(`SELECT COUNT(*) FROM ${quoted(name)}`).pluck().get() as number;
        if (count > 0) counts[name] = count;
      }
    } finally {
      database.close();
    }
    return counts;
  }
  return withPostgresql(url, async (client) => {
    for (const { name } of (await client.query<{ name: string }>(DATA_TABLES_POSTGRESQL)).rows) {
      const { rows } = await client.query<{ count: string }>(`SELECT COUNT(*) AS count FROM ${quoted(name)}`);
      if (Number(rows[0].count) > 0) counts[name] = Number(rows[0].count);
    }
    return counts;
  });
}

/**
 * Empties a migrated test database, as it was when freshly migrated (the migrations insert no rows:
 * tests/setup/global-database.ts checks it): every data table's rows go, sequences start again,
 * the record of applied migrations stays. Runs on a connection of its own, between two test files,
 * while the app's client of the worker stays open (idle).
 */
export async function emptyDatabase(provider: "sqlite" | "postgresql", url: string): Promise<void> {
  if (provider === "sqlite") {
    const database = new Database(sqliteFile(url), { timeout: 10_000 });
    try {
      const tables = database.prepare(DATA_TABLES_SQLITE).pluck().all() as string[];
      const sequences = database.prepare(`SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_sequence'`).pluck().get() === 1;
      database.pragma("foreign_keys = OFF");
      database.transaction(() => {
        for (const name of tables) database.exec(`DELETE FROM ${quoted(name)}`);
        if (sequences) database.exec("DELETE FROM sqlite_sequence");
      })();
    } finally {
      database.close();
    }
    return;
  }
  await withPostgresql(url, async (client) => {
    const tables = (await client.query<{ name: string }>(DATA_TABLES_POSTGRESQL)).rows.map(({ name }) => quoted(name));
    // A connection left inside a transaction by the previous file would hold a lock: fail clearly.
    await client.query("SET lock_timeout = '10s'");
    await client.query(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
  });
}
