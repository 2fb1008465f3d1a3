import "server-only";
import { afterEveryCommit } from "../db/after-commit";

/**
 * Lets a committed change wake the outbox sender at once instead of at its next tick. Nothing
 * happens until the sender has registered itself (the app's background jobs; not in tests).
 */
const state = globalThis as unknown as { rencontresDeliver?: () => void };

export function onDeliveryRequested(deliver: () => void): void {
  state.rencontresDeliver = deliver;
  // A committed change may have written emails: the sender need not wait for its next tick.
  afterEveryCommit("outbox-delivery", requestDelivery);
}

/**
 * Gathers the requests of one second into one delivery run: during a rush of registrations the
 * sender works in batches instead of competing with every single request.
 */
const GATHER_MS = 1000;
let scheduled: NodeJS.Timeout | null = null;

export function requestDelivery(): void {
  const deliver = state.rencontresDeliver;
  if (!deliver || scheduled) return;
  scheduled = setTimeout(() => {
    scheduled = null;
    deliver();
  }, GATHER_MS);
  scheduled.unref();
}
