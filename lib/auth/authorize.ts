import type { UserRole } from "../db/models";
import type { UserActor } from "../audit/actor";

export interface Requirement {
  /** ADMIN: admins only. ORGANISER (default): organisers and admins. */
  role?: UserRole;
  /** The event the request is about: an organiser limited to other events may not see it. */
  eventId?: string;
}

export type Verdict = "ALLOWED" | "UNAUTHENTICATED" | "FORBIDDEN";

/** Whether a user (or nobody) may do what a page, action or route requires. */
export function authorize(user: UserActor | null, { role = "ORGANISER", eventId }: Requirement = {}): Verdict {
  if (!user) return "UNAUTHENTICATED";
  if (user.role === "ADMIN") return "ALLOWED";
  if (role === "ADMIN") return "FORBIDDEN";
  if (eventId && user.eventIds && !user.eventIds.includes(eventId)) return "FORBIDDEN";
  return "ALLOWED";
}

/** Whether the user may see an event at all (for lists: an organiser sees only theirs). */
export const canSeeEvent = (user: UserActor, eventId: string) => authorize(user, { eventId }) === "ALLOWED";
