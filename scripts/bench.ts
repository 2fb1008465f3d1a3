// `npm run bench`: how fast the production server takes registrations during an opening rush,
// on SQLite and on PostgreSQL, against an empty route handler on the same machine. Prints medians
// of several rounds and their ratio, and checks that no event was oversold. Never a pass/fail test:
// the machine is shared and noisy.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIfNeeded } from "./support/build-if-needed";
import { BENCH_BASE, median, startBenchServer, stopBenchServer } from "./support/bench-server";
import { createDatabase, startPostgresCluster } from "../tests/support/postgres-cluster";
import { person } from "../tests/support/people";
import { prepareDatabase } from "./support/prepare-database";

const ROUNDS = 3;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const REGISTRATIONS_PER_ROUND = Number(process.env.BENCH_REGISTRATIONS ?? 600);
const BASELINE_REQUESTS = 3000;
const BASE = BENCH_BASE;

/** Sends `count` requests with `concurrency` in flight; returns requests per second and the statuses seen. */
async function load(count: number, concurrency: number, request: (i: number) => Promise<Response>) {
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const response = await request(next++);
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  return { perSecond: count / ((performance.now() - started) / 1000), statuses };
}

async function round(provider: string, databaseUrl: string, roundNumber: number) {
  await prepareDatabase(databaseUrl, { year: 2099 });
  const server = await startBenchServer(databaseUrl);
  try {
    await load(200, CONCURRENCY, () => fetch(`${BASE}/api/health`)); // warm-up
    const baseline = await load(BASELINE_REQUESTS, CONCURRENCY, () => fetch(`${BASE}/api/health`));
    const offset = roundNumber * 100_000;
    const registrations = await load(REGISTRATIONS_PER_ROUND, CONCURRENCY, (i) =>
      fetch(`${BASE}/api/registrations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(person(offset + i, ["journee-nationale"])),
      }),
    );
    const events = (await (await fetch(`${BASE}/api/events`)).json()) as { events: { slug: string; capacity: number; placesLeft: number }[] };
    const national = events.events.find((event) => event.slug === "journee-nationale")!;
    console.log(
      `${provider} round ${roundNumber + 1}: empty handler ${baseline.perSecond.toFixed(0)}/s, registrations ${registrations.perSecond.toFixed(0)}/s, ` +
        `statuses ${JSON.stringify(Object.fromEntries(registrations.statuses))}, places left ${national.placesLeft}/${national.capacity}`,
    );
    return { baseline: baseline.perSecond, registrations: registrations.perSecond };
  } finally {
    await stopBenchServer(server);
  }
}

async function oversold(provider: string, databaseUrl: string): Promise<number> {
  if (provider === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const sqlite = new Database(databaseUrl.slice("file:".length), { readonly: true });
    const row = sqlite.prepare(`SELECT COUNT(*) AS n FROM "Registration" r JOIN "Event" e ON e."id" = r."eventId" WHERE r."status" = 'CONFIRMED' AND e."slug" = 'journee-nationale'`).get() as { n: number };
    sqlite.close();
    return row.n - 250;
  }
  const client = new pg.Client(databaseUrl);
  await client.connect();
  const { rows } = await client.query(`SELECT COUNT(*)::int AS n FROM "Registration" r JOIN "Event" e ON e."id" = r."eventId" WHERE r."status" = 'CONFIRMED' AND e."slug" = 'journee-nationale'`);
  await client.end();
  return rows[0].n - 250;
}

async function main() {
  buildIfNeeded();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-bench-"));
  const cluster = await startPostgresCluster();
  try {
    for (const provider of ["sqlite", "postgresql"] as const) {
      const results = [];
      for (let i = 0; i < ROUNDS; i++) {
        const url = provider === "sqlite" ? `file:${path.join(scratch, `bench-${i}.db`)}` : await createDatabase(cluster.url, `bench_${i}`);
        results.push(await round(provider, url, i));
        const excess = await oversold(provider, url);
        if (excess > 0) console.log(`!! ${provider}: the national day was oversold by ${excess}`);
      }
      const baseline = median(results.map((result) => result.baseline));
      const registrations = median(results.map((result) => result.registrations));
      console.log(
        `${provider}: median empty handler ${baseline.toFixed(0)}/s, median registrations ${registrations.toFixed(0)}/s, ratio ${(registrations / baseline).toFixed(2)} (target ≥ 0.50)\n`,
      );
    }
  } finally {
    await cluster.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
