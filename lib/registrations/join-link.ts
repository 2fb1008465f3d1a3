import "server-only";
import { db } from "../db/client";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { readJoinToken } from "../links/join-token";
import { inPublicEdition, openEvents } from "./internal/open-events";
import { checkHeld } from "./internal/check-held";
import { registerDays } from "./internal/register-one";
import type { RegistrationOutcome } from "./internal/registration-result";
import { isCurrentLink } from "../links/manage-token";
import { withinCheckInWindow } from "../checkin/check-in-window";
import type { Event } from "../db/models";
import { selfActor } from "../audit/actor";

/** The day a door's link adds: published, and its door open now (registrations may have closed). */
function doorEvents(found: Event[], slugs: string[], now: Date): Event[] {
  return slugs.map((slug) => {
    const event = found.find((candidate) => candidate.slug === slug && candidate.status !== "DRAFT");
    if (!event) throw new AppError("EVENT_NOT_FOUND", slug, "events");
    if (!withinCheckInWindow(event, now)) throw new AppError("REGISTRATION_CLOSED", event.title);
    return event;
  });
}

/** What the link's page shows before the person confirms: the days it adds (and nothing else), or null. */
export async function joinLinkView({ token, now = new Date() }: { token: string; now?: Date }) {
  const request = readJoinToken(token, now);
  if (!request) return null;
  const attendee = await db.attendee.findUnique({ where: { id: request.attendeeId }, select: { manageTokenVersion: true, anonymisedAt: true } });
  if (!isCurrentLink(attendee, request.manageTokenVersion)) return null;
  const events = await db.event.findMany({ where: { slug: { in: request.events }, ...inPublicEdition }, select: { slug: true, title: true, startsAt: true, kind: true } });
  return { events: events.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()), lunch: request.lunch };
}

/**
 * The owner of a known address used the emailed link: the days are added now, a seat if one is
 * still free, the waiting list otherwise. Using the link proves the address. A day already held
 * or another day on the same date is refused with the usual message; the owner may see it.
 */
export async function addDaysByLink({ token, now = new Date() }: { token: string; now?: Date }): Promise<{ attendeeId: string; registrations: RegistrationOutcome[] }> {
  const request = readJoinToken(token, now);
  if (!request) throw new AppError("LINK_EXPIRED");
  const found = await db.event.findMany({ where: { slug: { in: request.events }, ...inPublicEdition } });
  const events = request.door ? doorEvents(found, request.events, now) : openEvents(found, request.events, now);
  return inTransaction(async (tx) => {
    const attendee = await tx.attendee.findUnique({ where: { id: request.attendeeId } });
    if (!attendee || !isCurrentLink(attendee, request.manageTokenVersion)) throw new AppError("LINK_EXPIRED");
    await checkHeld(tx, attendee.id, events);
    const registrations = await registerDays(tx, attendee.id, events, request.lunch, now, { known: true, actor: selfActor(attendee.id) });
    if (!attendee.emailVerifiedAt) await tx.attendee.update({ where: { id: attendee.id }, data: { emailVerifiedAt: now } });
    return { attendeeId: attendee.id, registrations };
  });
}
