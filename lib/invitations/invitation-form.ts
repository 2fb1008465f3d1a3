import { toParisIsoLocal } from "../dates";
import { GUEST_ROLE_LABELS, GUEST_ROLES } from "./schema";

/** The roles as a form's options. */
export const GUEST_ROLE_OPTIONS = GUEST_ROLES.map((role) => ({ value: role, label: GUEST_ROLE_LABELS[role] }));

/** What an invitation form proposes first: a guest, an answer by the eve of the day at 18 h, a reminder 3 days before. */
export function invitationDefaults(event: { startsAt: Date }, now: Date = new Date()): Record<string, string> {
  const eve = toParisIsoLocal(new Date(event.startsAt.getTime() - 86_400_000)).slice(0, 10);
  const expiresAt = `${eve}T18:00`;
  return { role: "INVITE", expiresAt: new Date(event.startsAt) > now ? expiresAt : "", reminderDays: "3" };
}
