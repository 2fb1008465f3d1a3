#!/usr/bin/env node
// Runs the Prisma CLI with the project's own schema engine, so that no command downloads a binary.
// Usage: node scripts/prisma.mjs <prisma arguments>   (npm run prisma -- <arguments>)
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");

export const prismaEnv = {
  PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "prisma/engine/schema-engine.mjs"),
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};

/** Runs the Prisma CLI synchronously; returns its exit status. */
export function runPrisma(args, { env = process.env, stdio = "inherit" } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    stdio,
    env: { ...env, ...prismaEnv },
    encoding: "utf8",
  });
  if (result.error) throw result.error;
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = runPrisma(process.argv.slice(2)).status ?? 1;
}
