import "server-only";
import { newcomerActor, type RegistrantActor } from "../audit/actor";
import type { RegistrationInput } from "./schema";
import type { CreateRegistrationsResult } from "./internal/registration-result";
import { queueRegistration } from "./internal/registration-queue";

export type { CreateRegistrationsResult, RegistrationOutcome } from "./internal/registration-result";

/**
 * A submission of the registration form. A new address is registered for its open events (at most
 * one a day) at once: a free seat confirms them, a full event, or one where people are already
 * waiting, puts them on its waiting list. An address already known changes nothing: its owner is
 * emailed a link that adds the days, and the answer is the same whatever the address holds. Goes
 * through the registration queue, which writes concurrent newcomers together. The journal names
 * the new person themself (or the job, for a script's registrations).
 */
export async function createRegistrations({
  actor = newcomerActor(),
  input,
  now = new Date(),
}: {
  actor?: RegistrantActor;
  input: RegistrationInput;
  now?: Date;
}): Promise<CreateRegistrationsResult> {
  return queueRegistration({ input, now, actor });
}
