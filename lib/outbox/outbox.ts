import "server-only";
import type { Prisma } from "../db/models";
import type { EmailKind } from "../db/models";

export interface OutboxEmailInput {
  kind: EmailKind;
  /** The recipient: an attendee, a back-office user, or only an address (`to`). */
  attendeeId?: string;
  userId?: string;
  to?: string;
  registrationId?: string;
  data?: Prisma.InputJsonValue;
  dedupeKey?: string;
  /** When the change happened, if not now (operations that take a `now`). */
  createdAt?: Date;
}

/** Writes an email to the outbox, in the caller's transaction: it leaves only if the change commits. */
export async function enqueueEmail(tx: Prisma.TransactionClient, email: OutboxEmailInput): Promise<void> {
  await tx.outboxEmail.create({ data: email });
}
