import "server-only";
import { db } from "../db/client";
import type { UserActor } from "../audit/actor";
import { SESSION_IDLE_MINUTES, SESSION_TOUCH_MINUTES } from "./session-settings";

const MINUTE = 60_000;

/**
 * The signed-in user a session cookie stands for, checked against the database at every request:
 * an unknown, expired, idle or deactivated session is nobody (and an ended one is deleted).
 */
export async function userForSessionToken(sessionToken: string, now = new Date()): Promise<UserActor | null> {
  const session = await db.session.findUnique({
    where: { sessionToken },
    include: { user: { include: { events: { select: { eventId: true } } } } },
  });
  if (!session) return null;
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  if (session.expires <= now || idleSince > SESSION_IDLE_MINUTES * MINUTE || session.user.deactivatedAt) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (idleSince > SESSION_TOUCH_MINUTES * MINUTE) {
    await db.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  // Every day only by an explicit choice: an organiser with no day listed reaches none.
  const limited = user.role === "ORGANISER" && !user.allEvents;
  return {
    kind: "USER",
    userId: user.id,
    email: user.email,
    role: user.role,
    eventIds: limited ? user.events.map((access) => access.eventId) : null,
  };
}
