// The engine's one-shot commands (`ENGINE --datasource JSON cli <command>`). The CLI reads the exit code
// and, on failure, JSON log lines on stderr after the first line, keyed by Prisma error codes.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { providerOf, sqlitePath } from "./adapters.mjs";

class EngineCliError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const commands = {
  "can-connect-to-database": canConnect,
  "create-database": createDatabase,
  "drop-database": dropDatabase,
};

/** @returns {Promise<number>} the process exit code */
export async function runCliCommand(name, url) {
  const log = (level, fields) =>
    process.stderr.write(`${JSON.stringify({ level, target: "schema_engine::logger", fields })}\n`);
  log("INFO", { message: `Starting schema engine CLI command ${name}` });
  try {
    const command = commands[name];
    if (!command) throw new EngineCliError("P1000", `Unknown schema engine CLI command: ${name}`);
    if (!url) throw new EngineCliError("P1012", "The datasource URL is missing.");
    await command(url);
    return 0;
  } catch (error) {
    const code = error instanceof EngineCliError ? error.code : "P1001";
    log("ERROR", { message: error.message, error_code: code });
    return 1;
  }
}

async function canConnect(url) {
  if (providerOf(url) === "sqlite") {
    const file = sqlitePath(url);
    if (!existsSync(file)) throw new EngineCliError("P1003", `Database ${path.basename(file)} does not exist at ${file}`);
    new Database(file, { fileMustExist: true }).close();
    return;
  }
  await withPgClient(url, async () => {});
}

async function createDatabase(url) {
  if (providerOf(url) === "sqlite") {
    const file = sqlitePath(url);
    mkdirSync(path.dirname(file), { recursive: true });
    new Database(file).close();
    return;
  }
  const name = new URL(url).pathname.slice(1) || "postgres";
  await withPgClient(maintenanceUrl(url), (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
}

async function dropDatabase(url) {
  if (providerOf(url) === "sqlite") {
    throw new EngineCliError("P1000", "Dropping an SQLite database: delete the file instead.");
  }
  const name = new URL(url).pathname.slice(1);
  await withPgClient(maintenanceUrl(url), (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`));
}

function maintenanceUrl(url) {
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  return maintenance.toString();
}

function quoteIdentifier(name) {
  return `"${decodeURIComponent(name).replaceAll('"', '""')}"`;
}

async function withPgClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    // 3D000: invalid_catalog_name, the database does not exist yet.
    if (error?.code === "3D000") throw new EngineCliError("P1003", `Database ${new URL(url).pathname.slice(1)} does not exist`);
    throw new EngineCliError("P1001", `Can't reach database server: ${error.message}`);
  }
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
