import "./worker-slot";

/** Where this worker's app under test listens (playwright.config.ts starts it there; worker-slot.ts). */
export const BASE_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;

/**
 * The e2e journeys create and delete data: they refuse to run against anything but a local
 * database (an SQLite file, or PostgreSQL on this machine).
 */
export function checkLocalDatabase(url: string): string {
  const local = url.startsWith("file:") || ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);
  if (!local) throw new Error(`E2E_DATABASE_URL must point to a local database, not ${new URL(url).host}.`);
  return url;
}

/** This worker's database (worker-slot.ts). */
export function e2eDatabaseUrl(): string {
  return checkLocalDatabase(process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db");
}
