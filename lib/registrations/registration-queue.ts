import "server-only";
import { db } from "../db";
import type { Event } from "../generated/sqlite/client";
import { registerNewcomers, type Newcomer } from "./register-newcomers";
import { registerOne } from "./register-one";
import type { CreateRegistrationsResult } from "./registration-result";
import type { RegistrationInput } from "./schema";

/** The most registrations one group transaction takes. */
const MAX_GROUP = 64;

interface Pending extends Newcomer {
  resolve: (result: CreateRegistrationsResult) => void;
  reject: (error: unknown) => void;
}

const queue: Pending[] = [];
let draining = false;

/**
 * Registers through the process's queue. A request that finds the queue idle is handled at once;
 * those that arrive meanwhile are handled together in the next round: new people in one group
 * transaction, everyone else (a known email, a repeated one, a failed group) one by one. Under a
 * rush this does the work of many registrations in the time of one; alone, it adds nothing.
 */
export function queueRegistration(input: RegistrationInput, events: Event[], now: Date): Promise<CreateRegistrationsResult> {
  return new Promise((resolve, reject) => {
    queue.push({ input, events, now, resolve, reject });
    if (!draining) void drain();
  });
}

async function drain(): Promise<void> {
  draining = true;
  try {
    while (queue.length > 0) await handle(queue.splice(0, MAX_GROUP));
  } finally {
    draining = false;
  }
}

async function handle(round: Pending[]): Promise<void> {
  if (round.length === 1) return registerEach(round, { knownEmails: false });
  const known = new Set(
    (await db.attendee.findMany({ where: { email: { in: round.map((pending) => pending.input.email) } }, select: { email: true } })).map(
      (attendee) => attendee.email,
    ),
  );
  const seen = new Set<string>();
  const newcomers: Pending[] = [];
  const oneByOne: Pending[] = [];
  for (const pending of round) {
    const email = pending.input.email;
    (known.has(email) || seen.has(email) ? oneByOne : newcomers).push(pending);
    seen.add(email);
  }
  try {
    const results = newcomers.length > 0 ? await registerNewcomers(newcomers) : [];
    newcomers.forEach((pending, k) => pending.resolve(results[k]));
  } catch {
    // Someone registered one of these addresses meanwhile: each is registered on their own.
    oneByOne.unshift(...newcomers);
  }
  await registerEach(oneByOne, { knownEmails: true });
}

async function registerEach(pendings: Pending[], { knownEmails }: { knownEmails: boolean }): Promise<void> {
  for (const pending of pendings) {
    try {
      pending.resolve(await registerOne(pending.input, pending.events, pending.now, { knownEmail: knownEmails }));
    } catch (error) {
      pending.reject(error);
    }
  }
}
