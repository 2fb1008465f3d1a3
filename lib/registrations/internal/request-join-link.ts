import "server-only";
import type { Tx } from "../../db/transaction";
import { env } from "../../env";
import { enqueueEmail } from "../../mail/outbox";
import { lockAttendeeEmails, underPublicEmailCap } from "../../mail/public-email-cap";
import type { RegistrationInput } from "../schema";

/** The same request repeated in this time (a double click, a reload) sends one email. */
const REPEAT_INTERVAL_MS = 10 * 60_000;

/**
 * Someone submitted the form with an address already known: nothing changes now. The address's
 * owner gets a link, valid JOIN_LINK_HOURS, that adds the requested days when they use it; the
 * email names only the days asked for, never what the address already holds, and carries nothing
 * else the submitter typed. Within the daily cap of emails to one address; past it, nothing is sent
 * (and the answer is the same).
 */
export async function requestJoinLink(
  tx: Tx,
  attendeeId: string,
  input: Pick<RegistrationInput, "lunch">,
  events: { slug: string }[],
  now: Date,
): Promise<void> {
  const slugs = events.map((event) => event.slug);
  await lockAttendeeEmails(tx, attendeeId);
  const recent = await tx.outboxEmail.findMany({
    where: { attendeeId, kind: "JOIN_LINK", createdAt: { gt: new Date(now.getTime() - REPEAT_INTERVAL_MS) } },
    select: { data: true },
  });
  const same = JSON.stringify({ events: slugs, lunch: input.lunch });
  if (recent.some(({ data }) => JSON.stringify({ events: (data as { events?: unknown })?.events, lunch: (data as { lunch?: unknown })?.lunch }) === same)) return;
  if (!(await underPublicEmailCap(tx, attendeeId, "TYPED", now))) return;
  const expiresAt = new Date(now.getTime() + env.JOIN_LINK_HOURS * 3600_000);
  await enqueueEmail(tx, {
    kind: "JOIN_LINK",
    attendeeId,
    data: { events: slugs, lunch: input.lunch, expiresAt: expiresAt.toISOString() },
    createdAt: now,
  });
}
