// `npm run bench:profile`: a CPU profile of the production server during the registration rush
// (SQLite, or PostgreSQL with PROFILE_DATABASE=postgresql), summarised by where the time goes:
// the heaviest functions by self time, and the share of each part (Next.js, Prisma, the database
// driver, React, our code, Node itself). What the benchmark's ratio is made of.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded } from "./support/build-if-needed";
import { BENCH_PORT, stopBenchServer } from "./support/bench-server";
import { load } from "./support/load";
import { ROOT, SERVE_SCRIPT } from "./support/processes";
import { prepareDatabase } from "./support/prepare-database";
import { person } from "../tests/support/people";
import { createDatabase, startPostgresCluster, type PostgresCluster } from "../tests/support/postgres-cluster";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which part of the stack a script belongs to. */
function partOf(url: string): string {
  if (!url) return "Node and V8 (native, GC, idle)";
  if (url.includes("better-sqlite3")) return "SQLite driver";
  if (/node_modules\/(pg|pg-protocol|pg-pool)\//.test(url)) return "PostgreSQL driver";
  if (url.includes("@prisma") || url.includes("query_compiler") || url.includes("/generated/")) return "Prisma client";
  if (url.includes("react-dom") || url.includes("/react/") || url.includes("react-server")) return "React";
  if (url.includes("next/dist") || url.includes(".next/server/chunks/ssr/node_modules_next") || url.includes("node_modules_next")) return "Next.js";
  if (url.includes("zod")) return "zod";
  if (url.startsWith("node:")) return "Node (JavaScript)";
  if (url.includes(".next/server")) return "the app (bundled)";
  return url.includes("node_modules") ? `other: ${url.split("node_modules/").pop()?.split("/")[0]}` : "other";
}

async function main() {
  const provider = process.env.PROFILE_DATABASE === "postgresql" ? "postgresql" : "sqlite";
  const amount = Number(process.env.BENCH_REGISTRATIONS ?? 1200);
  buildIfNeeded();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-profile-"));
  let cluster: PostgresCluster | null = null;
  try {
    let databaseUrl = `file:${path.join(scratch, "profile.db")}`;
    if (provider === "postgresql") {
      cluster = await startPostgresCluster();
      databaseUrl = await createDatabase(cluster.url, "profile");
    }
    await prepareDatabase(databaseUrl, { year: 2099 });
    const profiles = path.join(scratch, "profiles");
    const server = spawn(process.execPath, ["--cpu-prof", "--cpu-prof-dir", profiles, SERVE_SCRIPT], {
      cwd: ROOT,
      stdio: "ignore",
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(BENCH_PORT), AUTH_SECRET: "bench-only-secret-Q7xK2pL9vM4tW8zR1nB5", NODE_ENV: "production", RATE_LIMITS: "off" },
    });
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        if ((await fetch(`http://127.0.0.1:${BENCH_PORT}/api/health`)).ok) break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const url = `http://127.0.0.1:${BENCH_PORT}/api/registrations`;
    const body = (n: number) => JSON.stringify(person(500_000 + n, ["journee-nationale"]));
    await load({ url, connections: 10, amount: 100, method: "POST", body });
    const result = await load({ url, connections: 50, amount, method: "POST", body: (n) => body(1000 + n) });
    console.log(`Rush: ${result.perSecond.toFixed(0)} registrations/s, p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms, ${JSON.stringify(result.statuses)}`);
    await stopBenchServer(server);

    // The server's own profile (the background worker is another process, not profiled here).
    const file = readdirSync(profiles).map((name) => path.join(profiles, name)).sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
    const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map<number, number>();
    profile.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    const idle = [...self.entries()].filter(([id]) => byId.get(id)?.callFrame.functionName === "(idle)").reduce((a, [, t]) => a + t, 0);
    const busy = total - idle;
    const parts = new Map<string, number>();
    const functions = new Map<string, number>();
    const functionsByPart = new Map<string, Map<string, number>>();
    for (const [id, time] of self) {
      const frame = byId.get(id)!.callFrame;
      if (frame.functionName === "(idle)") continue;
      const part = frame.functionName === "(garbage collector)" ? "garbage collection" : partOf(frame.url);
      parts.set(part, (parts.get(part) ?? 0) + time);
      const name = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").slice(-2).join("/")}:${frame.lineNumber}`;
      functions.set(name, (functions.get(name) ?? 0) + time);
      const inPart = functionsByPart.get(part) ?? new Map<string, number>();
      inPart.set(name, (inPart.get(name) ?? 0) + time);
      functionsByPart.set(part, inPart);
    }
    const share = (time: number) => `${((100 * time) / busy).toFixed(1)} %`;
    console.log(`\nServer CPU busy ${(busy / 1e6).toFixed(1)} s of ${(total / 1e6).toFixed(1)} s (${provider}). By part, self time:`);
    for (const [part, time] of [...parts].sort((a, b) => b[1] - a[1])) console.log(`  ${share(time).padStart(7)}  ${part}`);
    console.log("\nHeaviest functions, self time:");
    for (const [name, time] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${share(time).padStart(7)}  ${name}`);
    for (const [part] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, 4)) {
      console.log(`\nIn ${part}:`);
      for (const [name, time] of [...(functionsByPart.get(part) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${share(time).padStart(7)}  ${name}`);
    }
  } finally {
    await cluster?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
