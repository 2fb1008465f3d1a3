// Next.js calls register() once when a server process starts.
export async function register() {
  // NEXT_RUNTIME is Next's own marker of the runtime, not a setting: the jobs need Node.js.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startBackgroundJobs } = await import("./lib/jobs/background-jobs");
    startBackgroundJobs();
  }
}
