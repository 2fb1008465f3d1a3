import "server-only";
import type { RegistrantActor } from "../../audit/actor";
import { db } from "../../db/client";
import { isUniqueViolation } from "../../db/unique-violation";
import { log } from "../../log";
import { inPublicEdition, openEvents } from "./open-events";
import { registerNewcomers, type Newcomer } from "./register-newcomers";
import { registerOne } from "./register-one";
import type { CreateRegistrationsResult } from "./registration-result";
import type { RegistrationInput } from "../schema";
import { checkAnswers } from "../../questions/answers";
import { listQuestions } from "../../questions/list-questions";

/** The most registrations one group transaction takes. */
const MAX_GROUP = 64;

interface Pending {
  input: RegistrationInput;
  now: Date;
  actor: RegistrantActor;
  resolve: (result: CreateRegistrationsResult) => void;
  reject: (error: unknown) => void;
}

type Ready = Newcomer & Pending;

const queue: Pending[] = [];
let draining = false;

/**
 * Registers through the process's queue, in rounds: a round takes the requests received so far
 * (on the next turn of the event loop), the next one those that arrived meanwhile. In a round, new
 * people are written in one group transaction, everyone else (a known email, a repeated one, a
 * failed group) one by one. Under a rush this does the work of many registrations in the time of
 * one; alone, a request waits for nothing.
 */
export function queueRegistration({ input, now, actor }: { input: RegistrationInput; now: Date; actor: RegistrantActor }): Promise<CreateRegistrationsResult> {
  return new Promise((resolve, reject) => {
    queue.push({ input, now, actor, resolve, reject });
    if (!draining) {
      draining = true;
      // After the requests already received: SQLite answers synchronously, so without this pause a
      // round would start before the next requests are even read, and stay a round of one.
      setImmediate(() => void drain());
    }
  });
}

async function drain(): Promise<void> {
  try {
    while (queue.length > 0) {
      const round = queue.splice(0, MAX_GROUP);
      try {
        await handle(round);
      } catch (error) {
        // An unexpected failure (the database gone...) answers everyone still waiting; a settled
        // promise ignores the second answer.
        for (const pending of round) pending.reject(error);
      }
    }
  } finally {
    draining = false;
  }
}

/**
 * The round's requests whose events are open and whose answers to those days' questions are
 * right, the others answered with the reason (two queries for all).
 */
async function withOpenEvents(round: Pending[]): Promise<Ready[]> {
  const slugs = [...new Set(round.flatMap((pending) => pending.input.events))];
  const found = await db.event.findMany({ where: { slug: { in: slugs }, ...inPublicEdition } });
  const questions = await listQuestions(found.map((event) => event.id));
  return round.flatMap((pending) => {
    try {
      const events = openEvents(found, pending.input.events, pending.now);
      const days = events.map((event) => ({ slug: event.slug, questions: questions.get(event.id) ?? [] }));
      return [{ ...pending, events, answers: checkAnswers(days, pending.input.answers) }];
    } catch (error) {
      pending.reject(error);
      return [];
    }
  });
}

/**
 * What the log may say of a database error: its kind and code, without the values a database
 * message can quote (PostgreSQL's « Key (email)=(…) »), so no address or name reaches the log.
 */
export function causeOf(error: unknown): { name: string; code?: string; message: string } {
  const { name = "Error", message = String(error), code } = (typeof error === "object" && error !== null ? error : {}) as { name?: string; message?: string; code?: unknown };
  return {
    name,
    ...(typeof code === "string" ? { code } : {}),
    message: message.replace(/=\([^)]*\)/g, "=(…)").replace(/\S+@\S+/g, "[adresse]").slice(0, 500),
  };
}

async function handle(requests: Pending[]): Promise<void> {
  const round = await withOpenEvents(requests);
  if (round.length <= 1) return registerEach(round, { knownEmails: false });
  const known = new Set(
    (await db.attendee.findMany({ where: { email: { in: round.map((pending) => pending.input.email) } }, select: { email: true } })).map(
      (attendee) => attendee.email,
    ),
  );
  const seen = new Set<string>();
  const newcomers: Ready[] = [];
  const oneByOne: Ready[] = [];
  for (const pending of round) {
    const email = pending.input.email;
    (known.has(email) || seen.has(email) ? oneByOne : newcomers).push(pending);
    seen.add(email);
  }
  try {
    const results = newcomers.length > 0 ? await registerNewcomers(newcomers) : [];
    newcomers.forEach((pending, k) => pending.resolve(results[k]));
  } catch (error) {
    // The group is written all or nothing, so nobody in it was registered: each is registered on
    // their own and gets their own answer (success, or the error that is theirs). An address
    // registered meanwhile by another instance is the expected cause; anything else is a fault.
    const entry = { area: "registrations", people: newcomers.length, cause: causeOf(error) };
    if (isUniqueViolation(error)) log.warn(entry, "registration group hit an address registered meanwhile; registering one by one");
    else log.error(entry, "registration group failed; registering one by one");
    oneByOne.unshift(...newcomers);
  }
  await registerEach(oneByOne, { knownEmails: true });
}

async function registerEach(pendings: Ready[], { knownEmails }: { knownEmails: boolean }): Promise<void> {
  for (const pending of pendings) {
    try {
      pending.resolve(await registerOne(pending, { knownEmail: knownEmails }));
    } catch (error) {
      pending.reject(error);
    }
  }
}
