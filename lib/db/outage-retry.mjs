// Plain JavaScript, so that the production server's 503 (lib/http/unavailable-answer.mjs, read by
// lib/front-door/outage-answer.ts) and the app's (lib/db/outage.ts) say the same.

/** Seconds a client should wait before trying again while the database does not answer (probed every second). */
export const RETRY_AFTER_SECONDS = 5;
