import "server-only";
import type { UserActor } from "../audit/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { invitePeople, type InvitePeopleResult } from "./invite-people";

/** A speaker's name as first and last name: the last word is the last name (« Marie-Anne de La Tour » is corrected in the form). */
function splitName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? { firstName: words.slice(0, -1).join(" "), lastName: words[words.length - 1] } : { firstName: words[0], lastName: words[0] };
}

/**
 * Invites, in one click, a speaker of the day's programme who has an address: as an intervenant·e,
 * their function as organisation, the answer expected by the eve of the day.
 */
export async function inviteSpeaker({ actor, eventId, speakerId, now = new Date() }: { actor: UserActor; eventId: string; speakerId: string; now?: Date }): Promise<InvitePeopleResult> {
  const speaker = await db.speaker.findFirst({ where: { id: speakerId, appearances: { some: { programmeItem: { eventId } } } } });
  const event = await db.event.findUnique({ where: { id: eventId }, select: { startsAt: true } });
  if (!speaker || !event) throw new AppError("RECORD_NOT_FOUND");
  if (!speaker.email) throw new AppError("SPEAKER_WITHOUT_EMAIL");
  const eve = new Date(event.startsAt.getTime() - 86_400_000);
  return invitePeople({
    actor,
    eventId,
    speakerId,
    invitees: [{ email: speaker.email, ...splitName(speaker.name), organisation: (speaker.title ?? "").slice(0, 200) }],
    terms: { role: "INTERVENANT", message: null, expiresAt: eve > now ? eve : event.startsAt, reminderDays: 3 },
    now,
  });
}
