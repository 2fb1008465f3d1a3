/** Where the app under test listens (playwright.config.ts starts it there). */
export const BASE_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;

/**
 * The e2e journeys create and delete data: they refuse to run against anything but a local
 * database (an SQLite file, or PostgreSQL on this machine).
 */
export function e2eDatabaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
  const local = url.startsWith("file:") || ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);
  if (!local) throw new Error(`E2E_DATABASE_URL must point to a local database, not ${new URL(url).host}.`);
  return url;
}
