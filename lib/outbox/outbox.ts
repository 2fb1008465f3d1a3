import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/models";
import type { EmailKind } from "../db/models";
import { jsonColumn, type ColumnValue } from "../db/insert-rows";

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

/**
 * An outbox row whole, for lib/db/insert-rows (a round of registrations writes its emails in one
 * statement): every column given, as the model's defaults would fill them.
 */
export function outboxRow(email: { kind: EmailKind; attendeeId: string; registrationId: string | null; data: Prisma.InputJsonValue | null; now: Date }): Record<string, ColumnValue> {
  return {
    id: randomUUID(),
    kind: email.kind,
    status: "PENDING",
    attendeeId: email.attendeeId,
    registrationId: email.registrationId,
    data: jsonColumn(email.data),
    attempts: 0,
    // Due at once: the clock's time of writing, as the column's default (`now` may be an operation's own).
    nextAttemptAt: new Date(),
    createdAt: email.now,
  };
}
