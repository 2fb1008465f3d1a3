import "server-only";
import { db } from "../db/client";
import { waitlistRank } from "./internal/waitlist";

/** Everything the back office shows of one registration: the person, its state, its history, the emails sent. */
export async function getRegistrationDetail({ eventId, registrationId }: { eventId: string; registrationId: string }) {
  const registration = await db.registration.findFirst({
    where: { id: registrationId, eventId },
    include: { attendee: true, waitlistEntry: true, checkIn: { select: { checkedInAt: true, byLabel: true, method: true, correctionReason: true } }, event: { select: { kind: true, title: true, slug: true } } },
  });
  if (!registration) return null;
  const [history, emails, rank] = await Promise.all([
    db.auditEntry.findMany({ where: { entityType: "Registration", entityId: registration.id }, orderBy: { createdAt: "asc" } }),
    db.outboxEmail.findMany({
      where: { attendeeId: registration.attendeeId, OR: [{ registrationId: registration.id }, { registrationId: null }] },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, status: true, subject: true, createdAt: true, sentAt: true, attempts: true, lastError: true },
    }),
    registration.status === "WAITLISTED" && registration.waitlistEntry ? waitlistRank(db, eventId, registration.waitlistEntry.position) : null,
  ]);
  return { registration, history, emails, waitlistRank: rank };
}

export type RegistrationDetail = NonNullable<Awaited<ReturnType<typeof getRegistrationDetail>>>;
