/** After this many failed attempts an email is marked FAILED (about nine hours of retries). */
export const MAX_ATTEMPTS = 10;

const FIRST_DELAY_MS = 30_000;
const LONGEST_DELAY_MS = 2 * 3_600_000;

/** Exponential backoff: 30 s, 1 min, 2 min, … capped at 2 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_DELAY_MS);
}
