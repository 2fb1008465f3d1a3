import "server-only";
import type { Tx } from "../db/transaction";
import type { EmailKind } from "../generated/sqlite/enums";
import { env } from "../env";

/** The emails anyone who types an address can make the app send to it. */
const PUBLIC_ACTION_KINDS: EmailKind[] = ["REGISTRATION_CONFIRMED", "WAITLISTED", "MANAGE_LINK", "JOIN_LINK", "CONFIRM_EMAIL"];

/**
 * Holds the attendee's row until the transaction ends, so that concurrent requests for the same
 * address count their emails one after the other (PostgreSQL runs them in parallel otherwise; SQLite
 * has one writer at a time anyway).
 */
export async function lockAttendeeEmails(tx: Pick<Tx, "$executeRaw">, attendeeId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Attendee" SET "manageTokenVersion" = "manageTokenVersion" WHERE "id" = ${attendeeId}`;
}

/**
 * Whether one more email (call it holding lockAttendeeEmails, so concurrent requests count in turn) from a public action may go to this attendee today: at most
 * PUBLIC_EMAILS_PER_DAY in 24 hours, so a form cannot be used to flood someone's mailbox.
 */
export async function underPublicEmailCap(tx: Pick<Tx, "outboxEmail">, attendeeId: string, now: Date): Promise<boolean> {
  const sent = await tx.outboxEmail.count({
    where: { attendeeId, kind: { in: PUBLIC_ACTION_KINDS }, createdAt: { gt: new Date(now.getTime() - 24 * 3600_000) } },
  });
  return sent < env.PUBLIC_EMAILS_PER_DAY;
}
