import "server-only";
import { db } from "../db";
import type { Event } from "../generated/sqlite/client";
import { registrationState } from "../events/registration-window";
import { eventDay } from "./event-day";
import { RegistrationError } from "./errors";
import type { RegistrationInput } from "./schema";
import type { CreateRegistrationsResult } from "./registration-result";
import { queueRegistration } from "./registration-queue";
import { resendManageLink } from "./resend-manage-link";

export type { CreateRegistrationsResult, RegistrationOutcome } from "./registration-result";

/** The requested events, open for registration, at most one a day. */
async function openEvents(slugs: string[], now: Date): Promise<Event[]> {
  const found = await db.event.findMany({ where: { slug: { in: slugs }, status: { not: "DRAFT" } } });
  const events = slugs.map((slug) => {
    const event = found.find((candidate) => candidate.slug === slug);
    if (!event) throw new RegistrationError("EVENT_NOT_FOUND", slug);
    if (registrationState(event, now) !== "OPEN") throw new RegistrationError("REGISTRATION_CLOSED", event.title);
    return event;
  });
  const days = new Set(events.map((event) => eventDay(event.startsAt)));
  if (days.size < events.length) throw new RegistrationError("ONE_EVENT_PER_DAY");
  return events.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * Registers one person for one or more open events (at most one a day): a free seat confirms them,
 * a full event, or one where people are already waiting, puts them on its waiting list. Goes
 * through the registration queue, which writes concurrent newcomers together.
 */
export async function createRegistrations({
  input,
  now = new Date(),
}: {
  input: RegistrationInput;
  now?: Date;
}): Promise<CreateRegistrationsResult> {
  const events = await openEvents(input.events, now);
  try {
    return await queueRegistration(input, events, now);
  } catch (error) {
    // Whoever typed the address never sees the link: its owner gets it again by email.
    if (error instanceof RegistrationError && error.code === "ALREADY_REGISTERED") await resendManageLink({ email: input.email, now });
    throw error;
  }
}
