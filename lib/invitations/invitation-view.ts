import "server-only";
import { db } from "../db/client";
import type { GuestRole } from "../db/models";
import { listQuestions } from "../questions/list-questions";
import type { AskedQuestion } from "../questions/question-types";
import { invitationByToken, isOpen } from "./internal/invitation-by-token";

export interface InvitationView {
  event: { slug: string; title: string; startsAt: Date; kind: "NATIONAL" | "REGIONAL"; city: string };
  role: GuestRole;
  /** What the inviter typed: the form starts from it (for a new address). */
  firstName: string;
  lastName: string;
  organisation: string;
  message: string | null;
  expiresAt: Date;
  /**
   * The address already has a registration record: like a join link, the page then asks for
   * nothing and shows nothing of it; the day is added to it.
   */
  knownAddress: boolean;
  /** The day's questions, asked of a new address (a known one answers them from its manage page). */
  questions: AskedQuestion[];
}

/**
 * What the invitation's page shows, or null when the link is unknown or no longer open (expired,
 * withdrawn, answered, the day started): opening it changes nothing (mail scanners open links).
 */
export async function invitationView({ token, now = new Date() }: { token: string; now?: Date }): Promise<InvitationView | null> {
  const invitation = await invitationByToken(db, token);
  if (!invitation || !isOpen(invitation, now)) return null;
  const known = await db.attendee.findUnique({ where: { email: invitation.email }, select: { anonymisedAt: true } });
  const { event } = invitation;
  const knownAddress = known !== null && known.anonymisedAt === null;
  const questions = knownAddress ? [] : ((await listQuestions([event.id])).get(event.id) ?? []);
  return {
    event: { slug: event.slug, title: event.title, startsAt: event.startsAt, kind: event.kind, city: event.city },
    role: invitation.role,
    firstName: invitation.firstName,
    lastName: invitation.lastName,
    organisation: invitation.organisation,
    message: invitation.message,
    expiresAt: invitation.expiresAt,
    knownAddress,
    questions,
  };
}
