// `npm run bench [-- --against <git ref>]`: the opening minute, measured on the production server
// with autocannon, today's build side by side with a yardstick (an earlier commit built in a
// worktree of its own, scripts/support/yardstick.ts; by default the commit of the newest report
// in docs/bench/).
//   1. Per database (SQLite, PostgreSQL), three rounds, each build on a fresh database in turn (the
//      order alternates from round to round): the empty route handler, the public pages and JSON
//      everyone loads first, then the registration rush (600 distinct people for the 250-seat
//      national day). Medians of the rounds: absolute rates of both builds, p50/p95/p99, the ratio
//      today / yardstick per route, and today's ratio to its own empty handler.
//   2. PostgreSQL, one instance then two on one database, each with its background worker sending
//      to a real SMTP server: the rush split between the two, checked for exactly the capacity
//      confirmed, the rest waiting in order, and no email sent twice.
// Prints a Markdown table and writes it to docs/bench/<date>.md. Never a pass/fail test: the
// machine is shared and noisy; the ratios of one run are what counts.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync, type ChildProcess } from "node:child_process";
import pg from "pg";
import Database from "better-sqlite3";
import { buildIfNeeded } from "./support/build-if-needed";
import { BENCH_PORT, median, startBenchServer, stopServer } from "./support/bench-server";
import { load, type LoadResult } from "./support/load";
import { ROOT } from "./support/processes";
import { createDatabase, startPostgresCluster } from "../tests/support/postgres-cluster";
import { startSmtpServer } from "../tests/support/smtp-server";
import { person } from "../tests/support/people";
import { prepareDatabase } from "./support/prepare-database";
import { newestReportCommit, prepareYardstick, startYardstick, type Yardstick } from "./support/yardstick";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONCURRENCY ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RUSH = Number(process.env.BENCH_REGISTRATIONS ?? 600);
const CAPACITY = 250;
const NATIONAL = "journee-nationale";

const ROUTES = [
  { label: "empty route handler (`/api/health`)", path: "/api/health", target: null },
  { label: "`/`", path: "/", target: 1 },
  { label: "`/evenements/journee-nationale`", path: `/evenements/${NATIONAL}`, target: 1 },
  { label: "`/inscription`", path: "/inscription", target: 1 },
  { label: "`GET /api/events`", path: "/api/events", target: 1 },
  { label: "`GET /api/events/journee-nationale`", path: `/api/events/${NATIONAL}`, target: 1 },
] as const;

type Provider = "sqlite" | "postgresql";
type Measures = Record<string, LoadResult>;

const YARDSTICK_PORT = BENCH_PORT + 10;

const base = (port = BENCH_PORT) => `http://127.0.0.1:${port}`;
const registration = (offset: number) => (n: number) => JSON.stringify(person(offset + n, [NATIONAL]));

/** What the database holds after a rush: confirmed, waiting, and whether the waiting list is in order. */
async function outcome(provider: Provider, databaseUrl: string) {
  const queries = {
    confirmed: `SELECT COUNT(*) AS n FROM "Registration" r JOIN "Event" e ON e."id" = r."eventId" WHERE r."status" = 'CONFIRMED' AND e."slug" = '${NATIONAL}'`,
    waiting: `SELECT COUNT(*) AS n FROM "WaitlistEntry" w JOIN "Event" e ON e."id" = w."eventId" WHERE e."slug" = '${NATIONAL}'`,
    pendingEmails: `SELECT COUNT(*) AS n FROM "OutboxEmail" WHERE "status" = 'PENDING'`,
    emails: `SELECT COUNT(*) AS n FROM "OutboxEmail"`,
  };
  // The waiting list in the order of its positions, with when each registration was written.
  const queue = `SELECT r."createdAt" AS "at" FROM "WaitlistEntry" w JOIN "Registration" r ON r."id" = w."registrationId" JOIN "Event" e ON e."id" = w."eventId" WHERE e."slug" = '${NATIONAL}' ORDER BY w."position"`;
  const counts: Record<keyof typeof queries, number> = { confirmed: 0, waiting: 0, pendingEmails: 0, emails: 0 };
  let written: number[];
  if (provider === "sqlite") {
    const sqlite = new Database(databaseUrl.slice("file:".length), { readonly: true });
    for (const [name, sql] of Object.entries(queries)) counts[name as keyof typeof queries] = Number((sqlite.prepare(sql).get() as { n: number }).n);
    written = (sqlite.prepare(queue).all() as { at: number | string }[]).map((row) => new Date(row.at).getTime());
    sqlite.close();
  } else {
    const client = new pg.Client(databaseUrl);
    await client.connect();
    for (const [name, sql] of Object.entries(queries)) counts[name as keyof typeof queries] = Number((await client.query(sql)).rows[0].n);
    written = (await client.query(queue)).rows.map((row: { at: Date }) => row.at.getTime());
    await client.end();
  }
  // How far the waiting list strays from the order of writing: the most a person placed after
  // another was written before them (0: exactly in order).
  let latest = -Infinity;
  let disorderMs = 0;
  for (const at of written) {
    disorderMs = Math.max(disorderMs, latest - at);
    latest = Math.max(latest, at);
  }
  return { ...counts, disorderMs };
}

/** One build, started on a fresh database: every route for SECONDS each, then the rush. */
interface Side {
  name: string;
  port: number;
  start(databaseUrl: string): Promise<ChildProcess>;
}

const today: Side = {
  name: "today",
  port: BENCH_PORT,
  async start(databaseUrl) {
    await prepareDatabase(databaseUrl, { year: 2099 });
    return startBenchServer(databaseUrl);
  },
};

const yardstickSide = (yardstick: Yardstick): Side => ({
  name: yardstick.short,
  port: YARDSTICK_PORT,
  start: (databaseUrl) => startYardstick(yardstick, databaseUrl, YARDSTICK_PORT),
});

async function round(side: Side, provider: Provider, databaseUrl: string, roundNumber: number): Promise<Measures> {
  const server = await side.start(databaseUrl);
  const url = (route: string) => base(side.port) + route;
  try {
    // Warm-up: the first requests compile and fill what the server keeps.
    for (const route of ROUTES) await load({ url: url(route.path), connections: 10, durationSeconds: 1 });
    // The registration path too (its queries, its transaction, the queue), on a regional day: the
    // rush then measures a warm server, as a real rush finds it, not the JIT's first second.
    const warmUp = (n: number) => JSON.stringify(person((roundNumber + 1) * 100_000 + 50_000 + n, ["rennes"]));
    await load({ url: url("/api/registrations"), connections: 10, amount: 50, method: "POST", body: warmUp });
    const measures: Measures = {};
    // The order turns from round to round, so that no route always runs first on a cold machine.
    const order = ROUTES.map((_, k) => ROUTES[(k + roundNumber) % ROUTES.length]);
    for (const route of order) measures[route.path] = await load({ url: url(route.path), connections: CONNECTIONS, durationSeconds: SECONDS });
    measures.rush = await load({ url: url("/api/registrations"), connections: CONNECTIONS, amount: RUSH, method: "POST", body: registration((roundNumber + 1) * 100_000) });
    const held = await outcome(provider, databaseUrl);
    console.log(
      `${provider} ${side.name} round ${roundNumber + 1}: ` +
        ROUTES.map((route) => `${route.path} ${measures[route.path].perSecond.toFixed(0)}/s`).join(", ") +
        `; rush ${measures.rush.perSecond.toFixed(0)}/s ${JSON.stringify(measures.rush.statuses)}, confirmed ${held.confirmed}/${CAPACITY}, waiting ${held.waiting}, order kept within ${held.disorderMs} ms`,
    );
    if (held.confirmed > CAPACITY) console.log(`!! ${provider} ${side.name}: the national day was oversold by ${held.confirmed - CAPACITY}`);
    return measures;
  } finally {
    await stopServer(server);
  }
}

interface Figures {
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Network errors and 5xx answers, over every round. */
  errors: number;
}

interface Row {
  label: string;
  today: Figures;
  /** The same route on the yardstick, measured in the same run; null where it has no counterpart. */
  yardstick: Figures | null;
  /** Today's rate over today's empty handler, measured in the same round. */
  ratioToEmpty: number | null;
  target: string;
}

function figures(rounds: Measures[], key: string): Figures {
  const med = (pick: (result: LoadResult) => number) => median(rounds.map((measures) => pick(measures[key])));
  const errors = rounds.reduce((sum, measures) => sum + measures[key].errors + Object.entries(measures[key].statuses).filter(([status]) => Number(status) >= 500).reduce((s, [, count]) => s + count, 0), 0);
  return { perSecond: med((result) => result.perSecond), p50: med((result) => result.p50), p95: med((result) => result.p95), p99: med((result) => result.p99), errors };
}

function summarise(provider: Provider, todayRounds: Measures[], yardstickRounds: Measures[]): Row[] {
  const baseline = figures(todayRounds, "/api/health").perSecond;
  const row = (label: string, key: string, target: string): Row => {
    const mine = figures(todayRounds, key);
    return {
      label: `${provider}: ${label}`,
      today: mine,
      yardstick: yardstickRounds.length > 0 ? figures(yardstickRounds, key) : null,
      ratioToEmpty: key === "/api/health" ? null : mine.perSecond / baseline,
      target,
    };
  };
  return [
    ...ROUTES.map((route) => row(route.label, route.path, route.path === "/api/health" ? "≥ 0.9 × yardstick" : "≥ 1.0 × today's cached rate")),
    row(`registration rush (${RUSH} people, ${CAPACITY} seats)`, "rush", provider === "sqlite" ? "≥ 1.5 × yardstick, p99 ≤ 1 s" : "≥ 1.0 × yardstick"),
  ];
}

/** The rush on PostgreSQL through one instance, then split between two on one database, with real email sending. */
async function instances(clusterUrl: string): Promise<{ rows: Row[]; checks: string[] }> {
  const smtp = await startSmtpServer();
  const rows: Row[] = [];
  const checks: string[] = [];
  try {
    for (const count of [1, 2]) {
      const databaseUrl = await createDatabase(clusterUrl, `bench_instances_${count}`);
      await prepareDatabase(databaseUrl, { year: 2099 });
      const before = smtp.messages.length;
      const ports = Array.from({ length: count }, (_, k) => BENCH_PORT + 1 + k);
      const servers: ChildProcess[] = [];
      for (const port of ports) servers.push(await startBenchServer(databaseUrl, { port, env: { SMTP_URL: smtp.url, MAIL_FROM: "Rencontres ESS <bench@localhost>", JOBS_INTERVAL_SECONDS: "2" } }));
      try {
        for (const port of ports) await load({ url: `${base(port)}/api/health`, connections: 10, durationSeconds: 1 });
        const share = Math.floor(RUSH / count);
        const results = await Promise.all(
          ports.map((port, k) =>
            load({ url: `${base(port)}/api/registrations`, connections: Math.floor(CONNECTIONS / count), amount: share, method: "POST", body: registration(900_000 + count * 10_000 + k * share) }),
          ),
        );
        // Both started together: the rush lasted until the last of them got its last answer.
        const seconds = Math.max(...results.map((result) => result.durationSeconds));
        const answered = results.reduce((sum, result) => sum + Object.values(result.statuses).reduce((a, b) => a + b, 0), 0);
        const failed = results.reduce((sum, result) => sum + result.errors + Object.entries(result.statuses).filter(([status]) => status !== "201").reduce((s, [, n]) => s + n, 0), 0);
        // Every email of the rush sent by one of the instances' workers, then counted by Message-ID.
        let held = await outcome("postgresql", databaseUrl);
        for (let wait = 0; wait < 300 && held.pendingEmails > 0; wait++) {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          held = await outcome("postgresql", databaseUrl);
        }
        await new Promise((resolve) => setTimeout(resolve, 2000)); // the last messages being parsed
        const ids = smtp.messages.slice(before).map((mail) => mail.messageId);
        const twice = ids.length - new Set(ids).size;
        rows.push({
          label: `postgresql: rush through ${count === 1 ? "one instance" : "two instances, split"}`,
          today: {
            perSecond: answered / seconds,
            p50: median(results.map((result) => result.p50)),
            p95: Math.max(...results.map((result) => result.p95)),
            p99: Math.max(...results.map((result) => result.p99)),
            errors: failed,
          },
          yardstick: null,
          ratioToEmpty: null,
          target: "",
        });
        checks.push(
          `${count === 1 ? "One instance" : "Two instances"}: ${held.confirmed} confirmed of ${CAPACITY} seats, ${held.waiting} waiting (order of writing kept within ${held.disorderMs} ms), ` +
            `${ids.length} emails received for ${held.emails} written, ${twice} sent twice, ${held.pendingEmails} left unsent.`,
        );
        console.log(checks.at(-1));
      } finally {
        for (const server of servers) await stopServer(server);
      }
    }
  } finally {
    await smtp.stop();
  }
  return { rows, checks };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const latencies = (f: Figures) => `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.p99)}`;

function table(rows: Row[], yardstick: Yardstick): string {
  return [
    `| Route | Today req/s | ${yardstick.short} req/s | Today / ${yardstick.short} | Today / its empty handler | Target | Today p50 / p95 / p99 | ${yardstick.short} p50 / p95 / p99 | Errors (today, ${yardstick.short}) |`,
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) =>
      [
        row.label,
        row.today.perSecond.toFixed(0),
        row.yardstick ? row.yardstick.perSecond.toFixed(0) : "",
        row.yardstick ? (row.today.perSecond / row.yardstick.perSecond).toFixed(2) : "",
        row.ratioToEmpty === null ? "" : row.ratioToEmpty.toFixed(2),
        row.target,
        latencies(row.today),
        row.yardstick ? latencies(row.yardstick) : "",
        `${row.today.errors}${row.yardstick ? `, ${row.yardstick.errors}` : ""}`,
      ].join(" | ").replace(/^/, "| ").replace(/$/, " |"),
    ),
  ].join("\n");
}

function todayCommit(): string {
  const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim();
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" }).stdout.trim() !== "";
  return dirty ? `${head} with uncommitted changes` : head;
}

/** `--against <ref>`, else the commit of the newest report. */
function yardstickRef(): string {
  const index = process.argv.indexOf("--against");
  if (index >= 0) {
    const ref = process.argv[index + 1];
    if (!ref) throw new Error("--against needs a git reference (a commit, a tag, a branch)");
    return ref;
  }
  const newest = newestReportCommit();
  if (!newest) throw new Error("No report in docs/bench/ to compare with: give one with --against <git ref>");
  return newest;
}

async function main() {
  const yardstick = prepareYardstick(yardstickRef());
  const sides = [today, yardstickSide(yardstick)];
  buildIfNeeded();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-bench-"));
  const cluster = await startPostgresCluster();
  const rows: Row[] = [];
  let checks: string[] = [];
  try {
    for (const provider of ["sqlite", "postgresql"] as const) {
      const rounds = new Map<Side, Measures[]>(sides.map((side) => [side, []]));
      for (let i = 0; i < ROUNDS; i++) {
        // Both builds in every round, the one that goes first alternating: neither always gets the cooler machine.
        for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
          const name = `bench-${side.name}-${i}`;
          const url = provider === "sqlite" ? `file:${path.join(scratch, `${name}.db`)}` : await createDatabase(cluster.url, name.replace(/-/g, "_"));
          rounds.get(side)!.push(await round(side, provider, url, i));
        }
      }
      rows.push(...summarise(provider, rounds.get(sides[0])!, rounds.get(sides[1])!));
    }
    const scaled = await instances(cluster.url);
    rows.push(...scaled.rows);
    checks = scaled.checks;
  } finally {
    await cluster.stop();
    rmSync(scratch, { recursive: true, force: true });
  }

  const date = new Date().toISOString().slice(0, 10);
  const cpus = os.cpus();
  const report = [
    `# Benchmark — ${date}`,
    "",
    `\`npm run bench\` on ${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}; ` +
      `the load tool (autocannon, ${CONNECTIONS} connections), the server, its worker and the database on the same machine. ` +
      `Medians of ${ROUNDS} rounds of ${SECONDS} s per route (the rush: ${RUSH} distinct people for ${CAPACITY} seats). ` +
      `Yardstick: commit \`${yardstick.commit}\`, built in its own worktree and measured in the same run, each round on a fresh database, the two builds taking turns to go first.`,
    "",
    `Today: commit \`${todayCommit()}\`.`,
    "",
    table(rows, yardstick),
    "",
    ...checks.map((check) => `- ${check}`),
    "",
  ].join("\n");
  console.log(`\n${report}`);
  mkdirSync(path.join(ROOT, "docs/bench"), { recursive: true });
  // A second report of the day gets its time: names sort in the order they were written.
  const first = path.join(ROOT, "docs/bench", `${date}.md`);
  const file = existsSync(first) ? path.join(ROOT, "docs/bench", `${date}T${new Date().toISOString().slice(11, 16).replace(":", "")}.md`) : first;
  writeFileSync(file, report);
  console.log(`Written to ${path.relative(ROOT, file)}`);
  // Then the back office (`npm run bench:back-office` alone). Run from here rather than chained in
  // package.json, so that `npm run bench -- --against <ref>` hands its arguments to this script.
  if (process.env.BENCH_BACK_OFFICE !== "off") {
    const backOffice = spawnSync("npm", ["run", "--silent", "bench:back-office"], { cwd: ROOT, stdio: "inherit" });
    if (backOffice.status !== 0) throw new Error(`npm run bench:back-office failed (exit ${backOffice.status ?? backOffice.signal})`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
