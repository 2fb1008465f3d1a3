import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import { setPriority } from "node:os";
import path from "node:path";
import { onDeliveryRequested } from "../outbox/delivery-trigger";
import { env } from "../env";
import { log } from "../log";

/**
 * The lowest CPU priority by default (WORKER_NICENESS): a rush of registrations comes first, emails
 * catch up after it. On a machine kept busy by something else (the journeys' browsers), the lowest
 * gets next to nothing and emails crawl: the journeys' servers run their worker at 0.
 */
const RESTART_DELAY_MS = 2_000;

const state = globalThis as unknown as { rencontresWorker?: ChildProcess };

function spawnWorker(root: string): ChildProcess {
  // spawn with an IPC channel rather than fork, which the bundler would try to resolve as a module.
  const args = ["--require", path.join(root, "scripts/support/no-server-only.cjs"), "--import", "tsx", path.join(root, "scripts/background-worker.ts")];
  const worker = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  if (worker.pid) {
    try {
      setPriority(worker.pid, env.WORKER_NICENESS);
    } catch {
      // Some systems refuse: the worker then merely runs at normal priority.
    }
  }
  worker.on("exit", (code, signal) => {
    if (state.rencontresWorker !== worker) return;
    log.error({ area: "jobs", exit: signal ?? code }, "background worker stopped; restarting it");
    setTimeout(() => (state.rencontresWorker = spawnWorker(root)), RESTART_DELAY_MS).unref();
  });
  return worker;
}

/**
 * Starts the background worker process (scripts/background-worker.ts) once per server, and relays
 * delivery requests to it. The server process itself then only answers requests.
 */
export function startBackgroundWorker(): void {
  if (state.rencontresWorker) return;
  state.rencontresWorker = spawnWorker(process.cwd());
  onDeliveryRequested(() => {
    if (state.rencontresWorker?.connected) state.rencontresWorker.send("deliver");
  });
}
