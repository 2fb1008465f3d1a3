import { spawn, type ChildProcess } from "node:child_process";
import { ROOT, SERVE_SCRIPT } from "./processes";

export const BENCH_PORT = 3900;
export const BENCH_BASE = `http://127.0.0.1:${BENCH_PORT}`;

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The value below which `share` of the values fall (0.95: the 95th percentile). */
export const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(share * values.length) - 1)];

/**
 * The production server on the benchmark's port (or `port`), on the given database, once it
 * answers. Rate limits are off: the load comes from one client address.
 */
export async function startBenchServer(databaseUrl: string, { port = BENCH_PORT, env = {} }: { port?: number; env?: Record<string, string> } = {}): Promise<ChildProcess> {
  const server = spawn(process.execPath, [SERVE_SCRIPT], {
    cwd: ROOT,
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      MAILBOX_PORT: String(port + 50),
      AUTH_SECRET: "bench-only-secret-Q7xK2pL9vM4tW8zR1nB5",
      NODE_ENV: "production",
      RATE_LIMITS: "off",
      ...env,
    },
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200)); // waiting for the server to listen
    }
  }
  throw new Error("The server did not start");
}

export async function stopBenchServer(server: ChildProcess): Promise<void> {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
}
