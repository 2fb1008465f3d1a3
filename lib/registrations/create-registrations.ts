import "server-only";
import { AppError } from "../errors";
import type { RegistrationInput } from "./schema";
import type { CreateRegistrationsResult } from "./internal/registration-result";
import { queueRegistration } from "./internal/registration-queue";
import { resendManageLink } from "./resend-manage-link";

export type { CreateRegistrationsResult, RegistrationOutcome } from "./internal/registration-result";

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
  try {
    return await queueRegistration(input, now);
  } catch (error) {
    // Whoever typed the address never sees the link: its owner gets it again by email.
    if (error instanceof AppError && error.code === "ALREADY_REGISTERED") await resendManageLink({ email: input.email, now });
    throw error;
  }
}
