#!/usr/bin/env node
// The project's own Prisma schema engine: the official WebAssembly build (@prisma/schema-engine-wasm)
// behind the command-line and JSON-RPC interface the Prisma CLI expects from its native binary, so
// that `prisma migrate` never downloads anything. The CLI finds it through PRISMA_SCHEMA_ENGINE_BINARY.
//
//   schema-engine.mjs [--datamodels FILE]... [--datasource JSON]            JSON-RPC 2.0 on stdin/stdout
//   schema-engine.mjs --datasource JSON cli can-connect-to-database|create-database|drop-database
//   schema-engine.mjs --version
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { loadSchemaEngine, wasmEngineVersion } from "./wasm.mjs";
import { adapterFactoryFor, providerOf } from "./adapters.mjs";
import { runCliCommand } from "./cli-commands.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    datamodels: { type: "string", multiple: true },
    datasource: { type: "string" },
    "enabled-preview-features": { type: "string" },
    "extension-types": { type: "string" },
    version: { type: "boolean", short: "V" },
  },
});

const datasource = values.datasource ? JSON.parse(values.datasource) : undefined;

if (values.version) {
  process.stdout.write(`schema-engine-cli ${await wasmEngineVersion()}\n`);
} else if (positionals[0] === "cli") {
  process.exitCode = await runCliCommand(positionals[1], datasource?.url);
} else {
  await serveJsonRpc(values.datamodels ?? [], datasource?.url);
}

/**
 * Answers the CLI's requests one at a time, in order, until it closes stdin.
 * @param {string[]} datamodelPaths
 * @param {string | undefined} url
 */
async function serveJsonRpc(datamodelPaths, url) {
  const datamodels = datamodelPaths.map((file) => [file, readFileSync(file, "utf8")]);
  const provider = providerOf(url, datamodels.map(([, content]) => content).join("\n"));
  let migrationBeingApplied;
  const engine = await loadSchemaEngine({
    datamodels,
    adapterFactory: adapterFactoryFor(provider, url),
    log: (line) => {
      migrationBeingApplied = migrationNameIn(line) ?? migrationBeingApplied;
      process.stderr.write(`${line}\n`);
    },
  });

  let nextOwnId = 1_000_000;
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    const request = JSON.parse(line);
    if (request.method === undefined) continue; // the CLI's acknowledgement of a `print`
    migrationBeingApplied = undefined;
    try {
      const result = await callEngine(engine, request.method, request.params);
      if (request.method === "diff" && typeof result?.stdout === "string" && result.stdout !== "") {
        // The native engine prints through the CLI: a `print` request that the CLI writes to its stdout.
        send({ jsonrpc: "2.0", id: nextOwnId++, method: "print", params: { content: result.stdout } });
      }
      const { stdout: _printed, ...rest } = result ?? {};
      send({ jsonrpc: "2.0", id: request.id, result: result === undefined || result === null ? {} : rest });
    } catch (error) {
      const failed = request.method === "applyMigrations" && migrationBeingApplied;
      send({ jsonrpc: "2.0", id: request.id, error: toRpcError(failed ? migrationFailed(migrationBeingApplied, error) : error) });
    }
  }
  engine.free();
}

/** The migration named by an engine log line "Applying `<name>`", if it is one. */
function migrationNameIn(line) {
  try {
    const entry = JSON.parse(line);
    return entry?.fields?.message?.startsWith("Applying `") ? entry.span?.migration_name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The wasm engine reports the database error alone; the native engine wraps it in P3018 with the
 * migration's name, which is what tells a person what to fix, so we do the same.
 */
function migrationFailed(migrationName, error) {
  const databaseError = typeof error?.message === "string" ? error.message : String(error);
  const databaseCode = error?.error_code ?? error?.code;
  return {
    error_code: "P3018",
    message: [
      "A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve",
      `Migration name: ${migrationName}`,
      ...(typeof databaseCode === "string" ? [`Database error code: ${databaseCode}`] : []),
      `Database error:\n${databaseError}`,
    ].join("\n\n"),
    meta: { migration_name: migrationName, database_error: databaseError },
  };
}

/** @param {any} engine the wasm SchemaEngine instance */
async function callEngine(engine, method, params) {
  if (method === "version") return engine.version(params ?? null);
  if (typeof engine[method] !== "function" || method === "free" || method.startsWith("_")) {
    throw Object.assign(new Error(`Unknown schema engine method: ${method}`), { code: -32601 });
  }
  return engine[method](params ?? {});
}

/** Shapes an engine error the way the CLI reads native engine errors (message, error_code, meta). */
function toRpcError(error) {
  const message = typeof error?.message === "string" ? error.message : String(error);
  const data = { message, is_panic: false };
  const code = error?.error_code ?? error?.code;
  if (typeof code === "string") data.error_code = code;
  if (error?.meta !== undefined) data.meta = error.meta;
  return { code: typeof error?.code === "number" ? error.code : 4466, message: "An error happened. Check the data field for details.", data };
}
