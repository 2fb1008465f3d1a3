import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The engine describes a database through catalog columns of PostgreSQL's one-byte "char" type
 * (pg_class.relkind...), which @prisma/adapter-pg cannot map and rejects ("Column type 'char' could
 * not be deserialized"). Their values arrive as text anyway, so they are reported as text.
 */
class CharAsTextClient extends pg.Client {
  query(...args) {
    // pg.Pool calls query with a callback, the adapter's own transactions without one.
    const callback = args.at(-1);
    if (typeof callback === "function") {
      return super.query(...args.slice(0, -1), (error, result) => callback(error, error ? result : charAsText(result)));
    }
    const pending = super.query(...args);
    return typeof pending?.then === "function" ? pending.then(charAsText) : pending;
  }
}

function charAsText(result) {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

/**
 * The engine replays migrations into SQLite's shadow database through `executeRaw`, one whole
 * migration script at a time, which better-sqlite3 refuses ("more than one statement"). Such
 * scripts, which have no parameters, go through `executeScript` instead.
 */
class SqliteWithShadowScripts extends PrismaBetterSqlite3 {
  async connectToShadowDb() {
    const adapter = await super.connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !/more than one statement/.test(String(error?.message ?? error))) throw error;
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    return adapter;
  }
}

/** @typedef {"sqlite" | "postgresql"} Provider */

/**
 * The provider from the datasource URL, or from the schema when the CLI gives no URL
 * (e.g. `migrate diff --from-empty --to-schema`).
 * @returns {Provider}
 */
export function providerOf(url, schemaText = "") {
  if (url?.startsWith("file:")) return "sqlite";
  if (url?.startsWith("postgres://") || url?.startsWith("postgresql://")) return "postgresql";
  if (url) throw new Error(`Unsupported datasource URL (use file: or postgresql://).`);
  return /provider\s*=\s*"postgres(ql)?"/.test(schemaText) ? "postgresql" : "sqlite";
}

/**
 * The driver adapter factory the wasm engine works through. Without a URL (a pure diff between
 * schemas), SQLite works in memory and PostgreSQL gets a pool that is never asked to connect.
 * @param {Provider} provider
 * @param {string | undefined} url
 */
export function adapterFactoryFor(provider, url) {
  if (provider === "sqlite") return new SqliteWithShadowScripts({ url: url ?? ":memory:" });
  return new PrismaPg({ connectionString: url ?? "postgresql://localhost/postgres", max: 2, Client: CharAsTextClient });
}

/** SQLite file path from a `file:` URL (query string dropped). */
export function sqlitePath(url) {
  return url.slice("file:".length).split("?")[0];
}
