import "server-only";
import { db } from "../db/client";
import type { GuestRole, InvitationState, RegistrationStatus } from "../db/models";

export interface InvitationRow {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  organisation: string;
  role: GuestRole;
  /** EXPIRED as soon as the date has passed, even before the job marks it. */
  state: InvitationState;
  expiresAt: Date;
  sentAt: Date;
  respondedAt: Date | null;
  invitedByLabel: string;
  registration: { id: string; status: RegistrationStatus } | null;
}

/** A day's invitations, most recent first, with their state and the registration each made. */
export async function listInvitations(eventId: string, now: Date = new Date()): Promise<InvitationRow[]> {
  const invitations = await db.invitation.findMany({
    where: { eventId },
    orderBy: [{ sentAt: "desc" }, { email: "asc" }],
    include: { registration: { select: { id: true, status: true } } },
  });
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    firstName: invitation.firstName,
    lastName: invitation.lastName,
    organisation: invitation.organisation,
    role: invitation.role,
    state: invitation.state === "SENT" && invitation.expiresAt <= now ? "EXPIRED" : invitation.state,
    expiresAt: invitation.expiresAt,
    sentAt: invitation.sentAt,
    respondedAt: invitation.respondedAt,
    invitedByLabel: invitation.invitedByLabel,
    registration: invitation.registration,
  }));
}

/** The day's invitations counted by state (the page's summary). */
export function countByState(rows: InvitationRow[]): Record<InvitationState, number> {
  const counts: Record<InvitationState, number> = { SENT: 0, ACCEPTED: 0, DECLINED: 0, EXPIRED: 0, WITHDRAWN: 0 };
  for (const row of rows) counts[row.state] += 1;
  return counts;
}
