import { afterEveryCommit } from "../db/after-commit";

/**
 * The front door keeps copies of the public pages (lib/front-door/page-cache.ts) and
 * publishes its cache here. A committed write makes them stale at once on this instance; other
 * instances see it within PAGE_CACHE_SECONDS. Without that server (tests, `next dev`) it does nothing.
 */
const holder = globalThis as { rencontresPageCache?: { invalidate(): void } };

export function invalidatePublicPages(): void {
  holder.rencontresPageCache?.invalidate();
}

/** Called once a server process starts (instrumentation.ts): every commit may change what the public pages show. */
export function invalidatePublicPagesAfterCommits(): void {
  afterEveryCommit("public-page-cache", invalidatePublicPages);
}
