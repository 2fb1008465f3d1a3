import "server-only";
import { env } from "../env";
import { expireOffers } from "../registrations/expire-offers";

/** The work the app does by itself, on a timer, with no extra service to run. */
const JOBS: { name: string; run: () => Promise<unknown> }[] = [{ name: "expire-offers", run: () => expireOffers() }];

const state = globalThis as unknown as { rencontresJobs?: NodeJS.Timeout };

async function runAll(): Promise<void> {
  for (const job of JOBS) {
    try {
      await job.run();
    } catch (error) {
      // One failing run is retried at the next tick; it must not stop the timer or the server.
      console.error(`[jobs] ${job.name} failed:`, error);
    }
  }
}

/** Starts the timer once per process (several instances may run it: each job is safe to run concurrently). */
export function startBackgroundJobs(): void {
  if (state.rencontresJobs) return;
  let running = false;
  state.rencontresJobs = setInterval(() => {
    if (running) return;
    running = true;
    void runAll().finally(() => (running = false));
  }, env.JOBS_INTERVAL_SECONDS * 1000);
  state.rencontresJobs.unref();
}
