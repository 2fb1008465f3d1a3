import "server-only";
import { db } from "../db/client";
import { attendeeByToken } from "./internal/attendee-by-token";

/**
 * The manage link's registrations, by their day's slug: for the features above registrations that
 * act for the link's owner (their certificates). An invalid or expired link fails as the manage
 * page does (NOT_FOUND, MANAGE_LINK_EXPIRED).
 */
export async function managedRegistrationIds({ token, now = new Date() }: { token: string; now?: Date }): Promise<{ id: string; eventSlug: string }[]> {
  const attendee = await attendeeByToken(db, token, now);
  const registrations = await db.registration.findMany({ where: { attendeeId: attendee.id }, select: { id: true, event: { select: { slug: true } } } });
  return registrations.map(({ id, event }) => ({ id, eventSlug: event.slug }));
}
