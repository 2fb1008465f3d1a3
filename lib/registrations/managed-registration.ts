import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/models";
import type { EventKind, RegistrationStatus } from "../db/models";
import { waitlistRank } from "./internal/waitlist";
import { readStoredValue } from "../questions/answers";
import { questionOrder, toAskedQuestion } from "../questions/list-questions";
import type { AnswerValue, AskedQuestion } from "../questions/question-types";

export interface ManagedRegistration {
  event: { slug: string; title: string; kind: EventKind; startsAt: Date; endsAt: Date; city: string; venue: string | null };
  status: RegistrationStatus;
  lunch: boolean;
  /** Rank in the waiting list while WAITLISTED. */
  waitlistPosition: number | null;
  /** Deadline to accept the place while OFFERED. */
  offerExpiresAt: Date | null;
  /** While the seat is held for the address to be confirmed: until when. */
  holdExpiresAt: Date | null;
  /** The day's questions asked now (the person answers them from the manage page). */
  questions: AskedQuestion[];
  /** The person's answers by question key, those to archived questions included. */
  answers: Record<string, AnswerValue>;
}

const withEvent = {
  event: { include: { questions: { where: { archivedAt: null, purpose: "REGISTRATION" }, include: { choices: true }, orderBy: questionOrder } } },
  waitlistEntry: true,
  answers: { include: { question: { select: { key: true } } } },
} satisfies Prisma.RegistrationInclude;

type RegistrationWithEvent = Prisma.RegistrationGetPayload<{ include: typeof withEvent }>;

/** Registrations with what their views need, by event date. */
export function registrationsWithEvents(where: Prisma.RegistrationWhereInput): Promise<RegistrationWithEvent[]> {
  return db.registration.findMany({ where, include: withEvent, orderBy: { event: { startsAt: "asc" } } });
}

/** A registration as its owner sees it, with its live rank in the waiting list. */
export async function toManagedRegistration({ event, status, lunch, waitlistEntry, holdExpiresAt, answers }: RegistrationWithEvent): Promise<ManagedRegistration> {
  return {
    event: { slug: event.slug, title: event.title, kind: event.kind, startsAt: event.startsAt, endsAt: event.endsAt, city: event.city, venue: event.venue },
    status,
    lunch,
    waitlistPosition: status === "WAITLISTED" && waitlistEntry ? await waitlistRank(db, event.id, waitlistEntry.position) : null,
    offerExpiresAt: status === "OFFERED" ? (waitlistEntry?.offerExpiresAt ?? null) : null,
    holdExpiresAt: status === "CONFIRMED" ? holdExpiresAt : null,
    questions: event.questions.map(toAskedQuestion),
    answers: Object.fromEntries(answers.map((answer) => [answer.question.key, readStoredValue(answer.value)])),
  };
}
