import "server-only";
import type { Tx } from "../db/transaction";
import type { EmailKind } from "../db/models";
import { env } from "../env";

/**
 * The daily budgets of emails public actions may send to one address, kept apart so that what a
 * stranger can trigger never uses up what the owner needs:
 * - TYPED: what anyone who types the address in the registration form makes the app send
 *   (confirmation, waiting list, join link, address confirmation);
 * - LOST_LINK: « lien perdu », the owner's current manage link sent to the address (anyone can ask,
 *   but it only ever sends the owner their own link, at most one in 10 minutes);
 * - RENEWAL: « nouveau lien », asked from the manage page, so by whoever holds the link.
 * Each allows PUBLIC_EMAILS_PER_DAY in 24 hours.
 */
export type PublicEmailBudget = "TYPED" | "LOST_LINK" | "RENEWAL";

const TYPED_KINDS: EmailKind[] = ["REGISTRATION_CONFIRMED", "WAITLISTED", "JOIN_LINK", "CONFIRM_EMAIL"];

/** A MANAGE_LINK email's reason, as its data says (resend-manage-link.ts, renew-manage-link.ts). */
const MANAGE_LINK_REASON: Record<Exclude<PublicEmailBudget, "TYPED">, string> = { LOST_LINK: "REQUESTED", RENEWAL: "RENEWED" };

/**
 * Holds the attendee's row until the transaction ends, so that concurrent requests for the same
 * address count their emails one after the other (PostgreSQL runs them in parallel otherwise; SQLite
 * has one writer at a time anyway).
 */
export async function lockAttendeeEmails(tx: Pick<Tx, "$executeRaw">, attendeeId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Attendee" SET "manageTokenVersion" = "manageTokenVersion" WHERE "id" = ${attendeeId}`;
}

/**
 * Whether one more email of this budget (call it holding lockAttendeeEmails, so concurrent requests
 * count in turn) may go to this attendee today: at most PUBLIC_EMAILS_PER_DAY in 24 hours, so a
 * form cannot be used to flood someone's mailbox, nor to starve the owner of their own link.
 */
export async function underPublicEmailCap(tx: Pick<Tx, "outboxEmail">, attendeeId: string, budget: PublicEmailBudget, now: Date): Promise<boolean> {
  const since = { gt: new Date(now.getTime() - 24 * 3600_000) };
  if (budget === "TYPED") {
    return (await tx.outboxEmail.count({ where: { attendeeId, kind: { in: TYPED_KINDS }, createdAt: since } })) < env.PUBLIC_EMAILS_PER_DAY;
  }
  // A handful of rows at most (the budgets bound them): the reason is read here, the same on both databases.
  const links = await tx.outboxEmail.findMany({ where: { attendeeId, kind: "MANAGE_LINK", createdAt: since }, select: { data: true } });
  const reason = MANAGE_LINK_REASON[budget];
  return links.filter(({ data }) => (data as { reason?: unknown } | null)?.reason === reason).length < env.PUBLIC_EMAILS_PER_DAY;
}
