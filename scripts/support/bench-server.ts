import { spawn, type ChildProcess } from "node:child_process";
import { ROOT, SERVE_SCRIPT } from "./processes";

export const BENCH_PORT = 3900;
export const BENCH_BASE = `http://127.0.0.1:${BENCH_PORT}`;

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The value below which `share` of the values fall (0.95: the 95th percentile). */
export const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(share * values.length) - 1)];

/** What a benchmarked server runs with: production mode, the given database and port, rate limits off (the load comes from one address). */
export function benchServerEnv(databaseUrl: string, port: number, env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    MAILBOX_PORT: String(port + 50),
    AUTH_SECRET: "bench-only-secret-Q7xK2pL9vM4tW8zR1nB5",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    RATE_LIMITS: "off",
    ...env,
  };
}

/** Resolves once the server on `port` answers /api/health; fails if it stops first or never answers. */
export async function answering(server: ChildProcess, port: number, name = "The server"): Promise<ChildProcess> {
  const stopped = new Promise<false>((resolve) => server.once("exit", () => resolve(false)));
  for (let attempt = 0; attempt < 300; attempt++) {
    const up = await Promise.race([fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok, () => false), stopped]);
    if (up) return server;
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`${name} stopped before answering (exit ${server.exitCode ?? server.signalCode})`);
    await new Promise((resolve) => setTimeout(resolve, 200)); // waiting for the server to listen
  }
  server.kill("SIGTERM");
  throw new Error(`${name} did not start`);
}

/** The production server on the benchmark's port (or `port`), on the given database, once it answers. */
export async function startBenchServer(databaseUrl: string, { port = BENCH_PORT, env = {} }: { port?: number; env?: Record<string, string> } = {}): Promise<ChildProcess> {
  const server = spawn(process.execPath, [SERVE_SCRIPT], { cwd: ROOT, stdio: "ignore", env: benchServerEnv(databaseUrl, port, env) });
  return answering(server, port);
}

export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
}
