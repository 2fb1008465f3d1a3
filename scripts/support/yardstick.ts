// The yardstick of `npm run bench`: an earlier commit of the project, built in a worktree of its
// own and started beside today's build, so that both are measured in one run on one machine.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { answering, benchServerEnv } from "./bench-server";
import { ROOT } from "./processes";

export interface Yardstick {
  /** The full commit hash. */
  commit: string;
  /** Its short hash, for tables. */
  short: string;
  /** The worktree it is built in. */
  directory: string;
}

/** Where yardsticks are kept between runs (one folder a commit): BENCH_CACHE or ~/.cache. */
const CACHE = process.env.BENCH_CACHE ?? path.join(os.homedir(), ".cache", "rencontres-ess", "yardsticks");
const READY = ".yardstick-ready";
const INSTALLED = ".yardstick-installed";

function git(args: string[], cwd = ROOT): string {
  const result = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd} (exit ${result.status ?? result.signal})`);
}

/**
 * The commit today's build is measured against when `--against` is not given: the one whose
 * newest report is in docs/bench/ (the commit that added the report: the code it measured).
 */
export function newestReportCommit(): string | null {
  const folder = path.join(ROOT, "docs/bench");
  if (!existsSync(folder)) return null;
  const reports = readdirSync(folder).filter((name) => /^\d{4}-\d{2}-\d{2}.*\.md$/.test(name)).sort();
  for (const report of reports.reverse()) {
    const commit = git(["log", "-1", "--format=%H", "--", path.join("docs/bench", report)]);
    if (commit) return commit;
  }
  return null;
}

/**
 * The given commit, checked out in its own worktree, its dependencies installed (`npm ci`) and its
 * production build made — once: later runs find it ready in the cache.
 */
export function prepareYardstick(ref: string): Yardstick {
  const commit = git(["rev-parse", "--verify", `${ref}^{commit}`]);
  const short = commit.slice(0, 7);
  const directory = path.join(CACHE, commit);
  if (existsSync(path.join(directory, READY))) return { commit, short, directory };

  console.log(`Préparation du point de comparaison ${short} (worktree, npm ci, construction ; une seule fois)…`);
  mkdirSync(CACHE, { recursive: true });
  if (!existsSync(directory)) git(["worktree", "add", "--detach", "--force", directory, commit]);
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  if (!existsSync(path.join(directory, INSTALLED))) {
    run("npm", ["ci", "--no-audit", "--no-fund", "--include=dev"], directory, { ...process.env, NODE_ENV: "development" });
    writeFileSync(path.join(directory, INSTALLED), `${commit}\n`);
  }
  // Its own build-if-needed when it has one, so that its `npm start` finds the build current.
  if (existsSync(path.join(directory, "scripts/support/build-if-needed.ts")))
    run(process.execPath, ["--import", "tsx", "--eval", 'import("./scripts/support/build-if-needed.ts").then((m) => (m.buildIfNeeded ?? m.default.buildIfNeeded)())'], directory, env);
  else run(process.execPath, ["node_modules/next/dist/bin/next", "build"], directory, env);
  writeFileSync(path.join(directory, READY), `${commit}\n`);
  return { commit, short, directory };
}

/**
 * The yardstick's production server on `port` and the given database, started the way that commit
 * documents it (`npm start`: its migrations, its seed, then its server), once it answers.
 */
export async function startYardstick(yardstick: Yardstick, databaseUrl: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: yardstick.directory,
    stdio: "ignore",
    env: benchServerEnv(databaseUrl, port, { SEED_YEAR: "2099" }),
  });
  return answering(server, port, `The yardstick ${yardstick.short}`);
}
