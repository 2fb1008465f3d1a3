import "server-only";

/**
 * Lets a committed change wake the outbox sender at once instead of at its next tick. Nothing
 * happens until the sender has registered itself (the app's background jobs; not in tests).
 */
const state = globalThis as unknown as { rencontresDeliver?: () => void };

export function onDeliveryRequested(deliver: () => void): void {
  state.rencontresDeliver = deliver;
}

export function requestDelivery(): void {
  state.rencontresDeliver?.();
}
