import "server-only";
import { randomUUID } from "node:crypto";
import type { EmailKind, Event, Prisma } from "../../db/models";
import { insertRows, type ColumnValue } from "../../db/insert-rows";
import { outboxRow } from "../../outbox/outbox";
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
      // The rows' own dates are the clock's, as the columns' defaults would give (`now` is each request's).
      const writtenAt = new Date();
      await insertRows(
        tx,
        "Attendee",
        newcomers.map(({ input, now }, k) => {
          const details = attendeeDetails(input);
          return {
            id: attendeeIds[k],
            email: details.email,
            firstName: details.firstName,
            lastName: details.lastName,
            nameKey: details.nameKey,
            organisation: details.organisation,
            organisationType: details.organisationType,
            jobTitle: details.jobTitle,
            role: details.role,
            phone: details.phone,
            dietaryNeeds: details.dietaryNeeds,
            accessibilityNeeds: details.accessibilityNeeds,
            consentedAt: now,
            manageTokenHash: hashManageToken(manageTokenFor(attendeeIds[k])),
            manageTokenVersion: 0,
            createdAt: writtenAt,
            updatedAt: writtenAt,
          };
        }),
      );

      const results: (CreateRegistrationsResult & { outcome: "REGISTERED" })[] = newcomers.map((_, k) => ({
        outcome: "REGISTERED",
        attendeeId: attendeeIds[k],
        manageToken: manageTokenFor(attendeeIds[k]),
        registrations: [],
      }));
      const registrations: Record<string, ColumnValue>[] = [];
      const emails: Record<string, ColumnValue>[] = [];
      const seats: [string, string][] = [];
      const answers: Record<string, ColumnValue>[] = [];
      const audits: { actor: AuditActor; record: AuditRecord }[] = [];
      const email = (kind: EmailKind, attendeeId: string, registrationId: string | null, data: Prisma.InputJsonValue | null, now: Date) =>
        emails.push(outboxRow({ kind, attendeeId, registrationId, data, now }));
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
          for (const answer of answerRows(registrationId, event.slug, newcomers[k].answers)) {
            answers.push({ id: randomUUID(), ...answer, createdAt: writtenAt, updatedAt: writtenAt });
          }
          const seatId = seatIds[order];
          // An unproven address's seat waits for it to be confirmed, on events that ask for it.
          const holdExpiresAt = seatId ? holdUntil(event, now) : null;
          const state = entryStatus(Boolean(seatId), now);
          registrations.push({
            id: registrationId,
            attendeeId: attendeeIds[k],
            eventId: event.id,
            status: state.status,
            confirmedAt: state.confirmedAt,
            activeDay: eventDay(event.startsAt),
            lunch: event.kind === "NATIONAL" && input.lunch,
            holdExpiresAt,
            ticketCode: newTicketCode(),
            createdAt: writtenAt,
            updatedAt: writtenAt,
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
            if (!holdExpiresAt) email("REGISTRATION_CONFIRMED", attendeeIds[k], registrationId, null, now);
            results[k].registrations.push({ ...outcome, status: "CONFIRMED", waitlistPosition: null });
          } else {
            const waitlisted: RegistrationOutcome = { ...outcome, status: "WAITLISTED", waitlistPosition: null };
            results[k].registrations.push(waitlisted);
            waiting.set(event.id, [...(waiting.get(event.id) ?? []), { registrationId, attendeeId: attendeeIds[k], outcome: waitlisted, now }]);
          }
        });
      }

      await insertRows(tx, "Registration", registrations);
      await insertRows(tx, "Answer", answers);
      await assignSeats(tx, seats, { publicOnly: true });
      for (const [eventId, people] of waiting) {
        // Inserted in arrival order, so the auto-incremented positions follow it.
        await insertRows(
          tx,
          "WaitlistEntry",
          people.map(({ registrationId }) => ({ eventId, registrationId, createdAt: writtenAt })),
        );
        const first = await tx.waitlistEntry.findUniqueOrThrow({ where: { registrationId: people[0].registrationId }, select: { position: true } });
        const before = (await waitlistRank(tx, eventId, first.position)) - 1;
        people.forEach(({ registrationId, attendeeId, outcome, now }, index) => {
          outcome.waitlistPosition = before + index + 1;
          email("WAITLISTED", attendeeId, registrationId, { position: outcome.waitlistPosition }, now);
        });
      }
      results.forEach(({ attendeeId, registrations: outcomes }, k) => {
        if (outcomes.some((outcome) => outcome.holdExpiresAt)) email("CONFIRM_EMAIL", attendeeId, null, null, newcomers[k].now);
      });
      await insertRows(tx, "OutboxEmail", emails);
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
