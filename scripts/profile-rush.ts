// `npm run bench:profile [-- --against <git ref>]`: a CPU profile of the production server during
// the registration rush (SQLite, or PostgreSQL with PROFILE_DATABASE=postgresql), in CPU
// milliseconds a registration: by part of the stack (Next.js, Prisma, the driver, React, our code,
// Node), by step of a registration (the proxy, the checks, the audit...), and the heaviest
// functions, mapped to their sources through the build's source maps. With --against, the same
// rush profiled on that commit's build (the benchmark's yardstick), side by side: the profile diff.
// PROFILE_ROUTE=health profiles the empty route handler (GET /api/health) instead of the rush.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded } from "./support/build-if-needed";
import { answering, BENCH_PORT, benchServerEnv, stopServer } from "./support/bench-server";
import { summariseProfile, type ProfileSummary, type Step } from "./support/cpu-profile";
import { clusterCpuMs, processCpuMs } from "./support/process-cpu";
import { prepareYardstick, startYardstick, type Yardstick } from "./support/yardstick";
import { load } from "./support/load";
import { ROOT, SERVE_SCRIPT } from "./support/processes";
import { prepareDatabase } from "./support/prepare-database";
import { person } from "../tests/support/people";
import { createDatabase, startPostgresCluster, type PostgresCluster } from "../tests/support/postgres-cluster";

/** The steps a registration goes through, today: each one's CPU per request is reported (docs/bench). */
const STEPS: Step[] = [
  { name: "production server (serve.mjs)", mode: "self", matches: (f) => f.source.startsWith("scripts/serve") },
  // Before 2 December 2026 the front door's parts were plain JavaScript in scripts/support/.
  { name: "front door: peer address, outage watch, request guard", mode: "self", matches: (f) => /^(lib\/front-door\/(front-door|outage-answer|request-guard)|scripts\/support\/(outage|request-guard))/.test(f.source) },
  { name: "front door: page cache (look-up, invalidation)", mode: "self", matches: (f) => /^(lib\/front-door|scripts\/support)\/page-cache/.test(f.source) },
  { name: "front door: the API's headers and checks, the direct route", mode: "self", matches: (f) => /^lib\/front-door\/(api-requests|web-answer)/.test(f.source) },
  { name: "proxy: nonce, CSP and headers, origin check", mode: "inclusive", matches: (f) => f.source === "proxy.ts" || /^lib\/http\/(security-headers|unsafe-request)/.test(f.source) },
  { name: "Next.js middleware adapter and web API (NextRequest, NextResponse)", mode: "self", matches: (f) => f.source.includes("node_modules/next/dist/server/web/") },
  { name: "body reading, JSON and zod", mode: "inclusive", matches: (f) => /^lib\/(http\/json-body|field-errors)/.test(f.source) },
  { name: "rate limits (off)", mode: "inclusive", matches: (f) => f.source.startsWith("lib/limits/") },
  { name: "known-address and email-cap checks", mode: "inclusive", matches: (f) => /^lib\/outbox\/public-email-cap|^lib\/registrations\/internal\/request-join-link/.test(f.source) },
  { name: "NFC and format checks", mode: "inclusive", matches: (f) => /^lib\/(validation|http\/control-characters)/.test(f.source) },
  { name: "name keys", mode: "inclusive", matches: (f) => f.source.startsWith("lib/registrations/name-key") },
  { name: "ticket codes", mode: "inclusive", matches: (f) => /^lib\/checkin\/(new-)?ticket-code/.test(f.source) },
  { name: "audit entries", mode: "inclusive", matches: (f) => f.source.startsWith("lib/audit/") },
  { name: "logging", mode: "inclusive", matches: (f) => f.source === "lib/log.ts" || /node_modules\/(pino|thread-stream|sonic-boom)\//.test(f.source) },
  { name: "after-commit hooks (page-cache invalidation, outbox trigger)", mode: "inclusive", matches: (f) => /^lib\/(db\/after-commit|http\/page-cache-bridge|outbox\/delivery-trigger)/.test(f.source) },
  { name: "registration queue and group transaction (synchronous part)", mode: "inclusive", matches: (f) => /^lib\/registrations\/(internal\/)?(registration-queue|register-newcomers)/.test(f.source) },
];

interface Side {
  label: string;
  /** The build's folder (its .next/ maps are read). */
  root: string;
  start: (databaseUrl: string, profiles: string) => Promise<ChildProcess>;
  prepare: (databaseUrl: string) => Promise<void>;
}

interface Measured {
  label: string;
  requests: number;
  perSecond: number;
  p99: number;
  statuses: Record<string, number>;
  summary: ProfileSummary;
  /** CPU ms over the rush, from /proc: the server's whole process (profiler included), and PostgreSQL's cluster. */
  serverProcessMs: number;
  databaseMs: number | null;
}

const AUTH_SECRET = "bench-only-secret-Q7xK2pL9vM4tW8zR1nB5";

/** What is profiled: the registration rush, or (PROFILE_ROUTE=health) the empty route handler. */
const ROUTE = process.env.PROFILE_ROUTE === "health" ? "health" : "rush";

/** Today's build: `npm start`'s own server, with the CPU profiler on. */
const today: Side = {
  label: "today",
  root: ROOT,
  prepare: async (databaseUrl) => void (await prepareDatabase(databaseUrl, { year: 2099 })),
  start: (databaseUrl, profiles) =>
    answering(spawn(process.execPath, ["--cpu-prof", "--cpu-prof-dir", profiles, SERVE_SCRIPT], { cwd: ROOT, stdio: "ignore", env: benchServerEnv(databaseUrl, BENCH_PORT) }), BENCH_PORT),
};

/**
 * A yardstick commit: its database prepared by its own `npm start` (migrations, seed), then its
 * server started again under the profiler — its serve.mjs when it has one, `next start` before.
 */
function yardstickSide(yardstick: Yardstick): Side {
  const serve = path.join(yardstick.directory, "scripts/serve.mjs");
  return {
    label: yardstick.short,
    root: yardstick.directory,
    prepare: async (databaseUrl) => stopServer(await startYardstick(yardstick, databaseUrl, BENCH_PORT)),
    start: (databaseUrl, profiles) => {
      const program = existsSync(serve) ? [serve] : [path.join(yardstick.directory, "node_modules/next/dist/bin/next"), "start", "-p", String(BENCH_PORT)];
      const env = benchServerEnv(databaseUrl, BENCH_PORT, { NEXTAUTH_SECRET: AUTH_SECRET });
      return answering(spawn(process.execPath, ["--cpu-prof", "--cpu-prof-dir", profiles, ...program], { cwd: yardstick.directory, stdio: "ignore", env }), BENCH_PORT, yardstick.short);
    },
  };
}

const nowMicroseconds = () => Number(process.hrtime.bigint() / 1000n);

/** One rush on a fresh database, the server profiled; the profile read over the rush only. */
async function measure(side: Side, databaseUrl: string, scratch: string, amount: number, cluster: PostgresCluster | null): Promise<Measured> {
  await side.prepare(databaseUrl);
  const profiles = path.join(scratch, `profiles-${side.label}`);
  const server = await side.start(databaseUrl, profiles);
  const health = ROUTE === "health";
  const url = `http://127.0.0.1:${BENCH_PORT}/api/${health ? "health" : "registrations"}`;
  const body = (n: number) => JSON.stringify(person(500_000 + n, ["journee-nationale"]));
  await load(health ? { url, connections: 10, amount: 1000 } : { url, connections: 10, amount: 100, method: "POST", body });
  const cpuBefore = { server: processCpuMs(server.pid!), database: cluster ? clusterCpuMs(cluster.dataDir) : null };
  const from = nowMicroseconds();
  const result = await load(health ? { url, connections: 50, amount } : { url, connections: 50, amount, method: "POST", body: (n) => body(1000 + n) });
  const to = nowMicroseconds();
  const serverProcessMs = processCpuMs(server.pid!) - cpuBefore.server;
  const databaseMs = cluster && cpuBefore.database !== null ? clusterCpuMs(cluster.dataDir) - cpuBefore.database : null;
  await stopServer(server);
  // The server's own profile (the background worker is another process, not profiled here).
  const file = readdirSync(profiles).map((name) => path.join(profiles, name)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const requests = Object.values(result.statuses).reduce((a, b) => a + b, 0);
  return {
    label: side.label,
    requests,
    perSecond: result.perSecond,
    p99: result.p99,
    statuses: result.statuses,
    summary: summariseProfile(file, side.root, STEPS, { from, to }),
    serverProcessMs,
    databaseMs,
  };
}

/** `--against <ref>`: the commit to profile beside today's build. */
function againstRef(): string | null {
  const index = process.argv.indexOf("--against");
  if (index < 0) return null;
  const ref = process.argv[index + 1];
  if (!ref) throw new Error("--against needs a git reference (a commit, a tag, a branch)");
  return ref;
}

const perRequest = (time: number | undefined, measured: Measured) => ((time ?? 0) / 1000 / measured.requests).toFixed(3);

function report(sides: Measured[], provider: string): void {
  const header = (first: string) => `| ${first} | ${sides.map((side) => `${side.label} (ms CPU / request)`).join(" | ")}${sides.length > 1 ? " | difference |" : " |"}`;
  const rule = `|---|${sides.map(() => "---:|").join("")}${sides.length > 1 ? "---:|" : ""}`;
  const row = (name: string, values: (number | undefined)[]) => {
    const cells = values.map((value, k) => perRequest(value, sides[k]));
    const difference = sides.length > 1 ? ` ${(Number(cells[0]) - Number(cells[1]) >= 0 ? "+" : "")}${(Number(cells[0]) - Number(cells[1])).toFixed(3)} |` : "";
    return `| ${name} | ${cells.join(" | ")} |${difference}`;
  };
  console.log(`\n## ${ROUTE === "health" ? "Empty route handler (GET /api/health)" : "Registration rush"} profiled (${provider}, 50 connections)\n`);
  for (const side of sides)
    console.log(`- ${side.label}: ${side.perSecond.toFixed(0)} ${ROUTE === "health" ? "requests" : "registrations"}/s, p99 ${side.p99.toFixed(0)} ms, ${JSON.stringify(side.statuses)}, server CPU ${perRequest(side.summary.busy, side)} ms a request`);
  // The profile sees JavaScript's thread; /proc sees the whole server process and the database's.
  const processRow = (name: string, value: (side: Measured) => number | null) => {
    const cells = sides.map((side) => (value(side) === null ? "—" : (value(side)! / side.requests).toFixed(3)));
    const difference = sides.length > 1 && cells.every((cell) => cell !== "—") ? ` ${Number(cells[0]) - Number(cells[1]) >= 0 ? "+" : ""}${(Number(cells[0]) - Number(cells[1])).toFixed(3)} |` : sides.length > 1 ? " — |" : "";
    return `| ${name} | ${cells.join(" | ")} |${difference}`;
  };
  console.log(`\n### CPU of the processes over the rush (/proc: threads, GC and profiler included)\n\n${header("process")}\n${rule}`);
  console.log(processRow("the production server's process", (side) => side.serverProcessMs));
  if (sides.some((side) => side.databaseMs !== null)) {
    console.log(processRow("PostgreSQL (postmaster and backends)", (side) => side.databaseMs));
    console.log(processRow("**both together**", (side) => side.serverProcessMs + (side.databaseMs ?? 0)));
  }
  console.log(`\n### By part of the stack (self time)\n\n${header("part")}\n${rule}`);
  console.log(row("**all (busy CPU)**", sides.map((side) => side.summary.busy)));
  const parts = [...new Set(sides.flatMap((side) => [...side.summary.parts.keys()]))];
  const order = (name: string, map: (side: Measured) => Map<string, number>) => -(map(sides[0]).get(name) ?? 0);
  for (const part of parts.sort((a, b) => order(a, (s) => s.summary.parts) - order(b, (s) => s.summary.parts))) console.log(row(part, sides.map((side) => side.summary.parts.get(part))));
  console.log(`\n### By step of a registration (inclusive of what a check calls; wrappers: their own time)\n\n${header("step")}\n${rule}`);
  for (const step of STEPS) console.log(row(step.name, sides.map((side) => side.summary.steps.get(step.name))));
  for (const side of sides) {
    console.log(`\n### The app's own functions in ${side.label}, inclusive time (synchronous part; what they call included)\n`);
    for (const [name, time] of [...side.summary.appFunctions].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`- ${perRequest(time, side)} ms  ${name}`);
    console.log(`\n### Heaviest functions of ${side.label}, self time (mapped to sources)\n`);
    for (const [name, time] of [...side.summary.functions].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`- ${perRequest(time, side)} ms  ${name}`);
  }
}

async function main() {
  const provider = process.env.PROFILE_DATABASE === "postgresql" ? "postgresql" : "sqlite";
  const amount = Number(process.env.BENCH_REGISTRATIONS ?? (ROUTE === "health" ? 12_000 : 1200));
  buildIfNeeded();
  const ref = againstRef();
  const sides = [today, ...(ref ? [yardstickSide(prepareYardstick(ref))] : [])];
  const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-profile-"));
  let cluster: PostgresCluster | null = null;
  try {
    if (provider === "postgresql") cluster = await startPostgresCluster();
    const measured: Measured[] = [];
    for (const [k, side] of sides.entries()) {
      const databaseUrl = cluster ? await createDatabase(cluster.url, `profile_${k}`) : `file:${path.join(scratch, `profile-${k}.db`)}`;
      measured.push(await measure(side, databaseUrl, scratch, amount, cluster));
    }
    report(measured, provider);
  } finally {
    await cluster?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
