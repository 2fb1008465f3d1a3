import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { e2eDatabaseUrl } from "./local-database";

/**
 * Direct access to the app's SQLite file for what a journey must arrange and no page offers to a
 * stranger: back-office accounts and their sessions. Local databases only (local-database.ts).
 */
export function e2eDatabase(): Database.Database {
  return new Database(e2eDatabaseUrl().slice("file:".length), { timeout: 10_000 });
}

const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

export interface TestAccount {
  id: string;
  email: string;
  sessionToken: string;
}

/**
 * Creates an account with an open session: an organiser reaches the given events, none when none
 * is given, or every event with `allEvents`.
 */
export function createAccount(
  db: Database.Database,
  {
    label,
    role,
    eventSlugs = [],
    allEvents = false,
    deactivated = false,
  }: { label: string; role: "ADMIN" | "ORGANISER"; eventSlugs?: string[]; allEvents?: boolean; deactivated?: boolean },
): TestAccount {
  const id = randomUUID();
  const email = `${label}-${id.slice(0, 8)}@e2e.rencontres.example.fr`;
  const now = sqliteDate(new Date());
  db.prepare(`INSERT INTO "User" ("id", "email", "role", "allEvents", "deactivatedAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    id, email, role, allEvents ? 1 : 0, deactivated ? now : null, now, now,
  );
  for (const slug of eventSlugs) {
    db.prepare(`INSERT INTO "OrganiserEvent" ("userId", "eventId") SELECT ?, "id" FROM "Event" WHERE "slug" = ?`).run(id, slug);
  }
  const account = { id, email, sessionToken: `e2e-${randomUUID()}` };
  openSession(db, account);
  return account;
}

/** (Re)opens the account's session, e.g. after a sign-out or a deactivated account's refused visit deleted it. */
export function openSession(db: Database.Database, account: TestAccount): void {
  const now = new Date();
  db.prepare(`INSERT OR IGNORE INTO "Session" ("id", "sessionToken", "userId", "expires", "lastSeenAt") VALUES (?, ?, ?, ?, ?)`).run(
    randomUUID(), account.sessionToken, account.id, sqliteDate(new Date(now.getTime() + 3_600_000)), sqliteDate(now),
  );
}

export const sessionCookie = (account: TestAccount | null) => (account ? `next-auth.session-token=${account.sessionToken}` : "");

/**
 * Moves a day so that its door is open now (lib/checkin/check-in-window.ts: from two hours before
 * the start): it starts in an hour, so that its registrations can still be cancelled. Returns what
 * puts it back where it was.
 */
export function openDoorNow(slug: string): () => void {
  const move = (startsAt: string, endsAt: string) => {
    const db = e2eDatabase();
    try {
      db.prepare(`UPDATE "Event" SET "startsAt" = ?, "endsAt" = ? WHERE "slug" = ?`).run(startsAt, endsAt, slug);
    } finally {
      db.close();
    }
  };
  const db = e2eDatabase();
  const before = db.prepare(`SELECT "startsAt", "endsAt" FROM "Event" WHERE "slug" = ?`).get(slug) as { startsAt: string; endsAt: string };
  db.close();
  const startsAt = new Date(Date.now() + 3_600_000);
  move(sqliteDate(startsAt), sqliteDate(new Date(startsAt.getTime() + 8 * 3_600_000)));
  return () => move(before.startsAt, before.endsAt);
}
