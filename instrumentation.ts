// Next.js calls register() once when a server process starts.
export async function register() {
  // NEXT_RUNTIME is Next's own marker of the runtime, not a setting: the worker needs Node.js.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startBackgroundWorker } = await import("./lib/jobs/background-worker-process");
    startBackgroundWorker();
  }
}
