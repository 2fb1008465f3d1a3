import { spawnSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
/** The production server (Next.js behind a Node HTTP server that records each connection's address). */
export const SERVE_SCRIPT = path.join(ROOT, "scripts/serve.mjs");

/**
 * Runs a Node script of the project to completion; throws when it fails. A quiet run keeps the
 * script's output to itself unless it fails.
 */
export function runNodeScript(
  script: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
  options: { quiet?: boolean } = {},
): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env,
    stdio: options.quiet ? "pipe" : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const output = options.quiet ? `\n${result.stdout}${result.stderr}` : "";
    throw new Error(`${script} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).${output}`);
  }
}
