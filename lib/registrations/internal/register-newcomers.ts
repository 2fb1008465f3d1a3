import "server-only";
import { randomUUID } from "node:crypto";
import type { Event, Prisma } from "../../db/models";
import { eventDay } from "../event-day";
import { attendeeDetails, holdUntil, type CreateRegistrationsResult, type RegistrationOutcome } from "./registration-result";
import type { RegistrationInput } from "../schema";
import { assignSeats, lockFreeSeats } from "./seats";
import { hashManageToken, manageTokenFor } from "../../links/manage-token";
import { inTransaction } from "../../db/transaction";
import { lockWaitingList, waitlistRank } from "./waitlist";
import { newTicketCode } from "../../checkin/new-ticket-code";
import { recordedRegistrant, type AuditActor, type RegistrantActor } from "../../audit/actor";
import { recordAudits, type AuditRecord } from "../../audit/record-audit";
import { entryStatus } from "./status-changes";
import type { CheckedAnswer } from "../../questions/answers";
import { answerRows } from "../../questions/write-answers";

export interface Newcomer {
  input: RegistrationInput;
  events: Event[];
  /** The answers to the events' questions, checked. */
  answers: CheckedAnswer[];
  now: Date;
  actor: RegistrantActor;
}

/**
 * Registers several new people in one transaction, with a handful of statements whatever their
 * number: the group commit that lets a rush go faster than one transaction a person. Seats go to
 * them in arrival order, the others join the waiting lists in that order. Everyone must be new
 * (no Attendee with their email) and have distinct emails; a unique-constraint failure (another
 * instance registering the same address meanwhile) fails the whole group, which the caller then
 * registers one by one.
 */
export async function registerNewcomers(newcomers: Newcomer[]): Promise<CreateRegistrationsResult[]> {
  return inTransaction(
    async (tx) => {
      const attendeeIds = newcomers.map(() => randomUUID());
      await tx.attendee.createMany({
        data: newcomers.map(({ input, now }, k) => ({
          id: attendeeIds[k],
          ...attendeeDetails(input),
          consentedAt: now,
          manageTokenHash: hashManageToken(manageTokenFor(attendeeIds[k])),
        })),
      });

      const results: (CreateRegistrationsResult & { outcome: "REGISTERED" })[] = newcomers.map((_, k) => ({
        outcome: "REGISTERED",
        attendeeId: attendeeIds[k],
        manageToken: manageTokenFor(attendeeIds[k]),
        registrations: [],
      }));
      const registrations: Prisma.RegistrationCreateManyInput[] = [];
      const emails: Prisma.OutboxEmailCreateManyInput[] = [];
      const seats: [string, string][] = [];
      const answers: Prisma.AnswerCreateManyInput[] = [];
      const audits: { actor: AuditActor; record: AuditRecord }[] = [];
      /** Per event, the people who join its waiting list, in arrival order. */
      const waiting = new Map<string, { registrationId: string; attendeeId: string; outcome: RegistrationOutcome; now: Date }[]>();

      for (const event of uniqueEvents(newcomers)) {
        const takers = newcomers.flatMap((newcomer, k) => (newcomer.events.some((wanted) => wanted.id === event.id) ? [k] : []));
        let seatIds = await lockFreeSeats(tx, event, takers.length, { unlessWaiting: true });
        if (seatIds.length < takers.length) {
          // Some will wait: first wait for whoever is freeing a seat of this event, then look again
          // (the seats already locked by this transaction are found again, still free).
          await lockWaitingList(tx, event.id);
          seatIds = await lockFreeSeats(tx, event, takers.length, { unlessWaiting: true });
        }
        takers.forEach((k, order) => {
          const { input, now, actor } = newcomers[k];
          const registrationId = randomUUID();
          answers.push(...answerRows(registrationId, event.slug, newcomers[k].answers));
          const seatId = seatIds[order];
          // An unproven address's seat waits for it to be confirmed, on events that ask for it.
          const holdExpiresAt = seatId ? holdUntil(event, now) : null;
          const state = entryStatus(Boolean(seatId), now);
          registrations.push({
            id: registrationId,
            attendeeId: attendeeIds[k],
            eventId: event.id,
            ...state,
            activeDay: eventDay(event.startsAt),
            lunch: event.kind === "NATIONAL" && input.lunch,
            holdExpiresAt,
            ticketCode: newTicketCode(),
          });
          audits.push({
            actor: recordedRegistrant(actor, attendeeIds[k]),
            record: {
              action: "registration.created",
              entityType: "Registration",
              entityId: registrationId,
              eventId: event.id,
              after: { status: state.status, ...(holdExpiresAt ? { holdExpiresAt: holdExpiresAt.toISOString() } : {}) },
            },
          });
          const outcome = { registrationId, event: { slug: event.slug, title: event.title }, holdExpiresAt };
          if (seatId) {
            seats.push([seatId, registrationId]);
            if (!holdExpiresAt) emails.push({ kind: "REGISTRATION_CONFIRMED", attendeeId: attendeeIds[k], registrationId, createdAt: now });
            results[k].registrations.push({ ...outcome, status: "CONFIRMED", waitlistPosition: null });
          } else {
            const waitlisted: RegistrationOutcome = { ...outcome, status: "WAITLISTED", waitlistPosition: null };
            results[k].registrations.push(waitlisted);
            waiting.set(event.id, [...(waiting.get(event.id) ?? []), { registrationId, attendeeId: attendeeIds[k], outcome: waitlisted, now }]);
          }
        });
      }

      await tx.registration.createMany({ data: registrations });
      if (answers.length > 0) await tx.answer.createMany({ data: answers });
      await assignSeats(tx, seats);
      for (const [eventId, people] of waiting) {
        // Inserted in arrival order, so the auto-incremented positions follow it.
        await tx.waitlistEntry.createMany({ data: people.map(({ registrationId }) => ({ eventId, registrationId })) });
        const first = await tx.waitlistEntry.findUniqueOrThrow({ where: { registrationId: people[0].registrationId }, select: { position: true } });
        const before = (await waitlistRank(tx, eventId, first.position)) - 1;
        people.forEach(({ registrationId, attendeeId, outcome, now }, index) => {
          outcome.waitlistPosition = before + index + 1;
          emails.push({ kind: "WAITLISTED", attendeeId, registrationId, data: { position: outcome.waitlistPosition }, createdAt: now });
        });
      }
      results.forEach(({ attendeeId, registrations: outcomes }, k) => {
        if (outcomes.some((outcome) => outcome.holdExpiresAt)) emails.push({ kind: "CONFIRM_EMAIL", attendeeId, createdAt: newcomers[k].now });
      });
      await tx.outboxEmail.createMany({ data: emails });
      await recordAudits(tx, audits);
      return results;
    },
    { maxAttempts: 1 },
  );
}

function uniqueEvents(newcomers: Newcomer[]): Event[] {
  const events = new Map<string, Event>();
  for (const newcomer of newcomers) for (const event of newcomer.events) if (!events.has(event.id)) events.set(event.id, event);
  return [...events.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
