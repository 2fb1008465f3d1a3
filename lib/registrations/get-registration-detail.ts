import "server-only";
import type { UserActor } from "../audit/actor";
import { db } from "../db/client";
import { waitlistRank } from "./internal/waitlist";
import { readStoredValue } from "../questions/answers";
import { toAskedQuestion } from "../questions/list-questions";
import { answerText } from "../questions/question-types";

/**
 * Everything the back office shows of one registration: the person, its state, its history, the
 * emails sent, the answers to the day's questions (the sensitive ones, health..., to admins only).
 */
export async function getRegistrationDetail({ eventId, registrationId, viewer }: { eventId: string; registrationId: string; viewer: Pick<UserActor, "role"> }) {
  const registration = await db.registration.findFirst({
    where: { id: registrationId, eventId },
    include: { attendee: true, waitlistEntry: true, checkIn: { select: { checkedInAt: true, byLabel: true, method: true, correctionReason: true } }, event: { select: { kind: true, title: true, slug: true } }, answers: { include: { question: { include: { choices: true } } } } },
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
  // The stored answers leave only as `answers`: a sensitive one never reaches an organiser's page.
  const { answers: stored, ...shown } = registration;
  const answers = stored
    .filter(({ question }) => viewer.role === "ADMIN" || !question.sensitive)
    .sort((a, b) => Number(a.question.archivedAt !== null) - Number(b.question.archivedAt !== null) || a.question.position - b.question.position)
    .map(({ question, value }) => {
      const asked = toAskedQuestion(question);
      return { question: asked, text: answerText(asked, readStoredValue(value)) };
    });
  return { registration: shown, history, emails, waitlistRank: rank, answers };
}

export type RegistrationDetail = NonNullable<Awaited<ReturnType<typeof getRegistrationDetail>>>;
