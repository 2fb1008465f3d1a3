/** Seconds a client should wait before trying again while the database does not answer. */
export const RETRY_AFTER_SECONDS: number;
