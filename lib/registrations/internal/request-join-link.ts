import "server-only";
import type { Tx } from "../../db/transaction";
import { env } from "../../env";
import { enqueueEmail } from "../../outbox/outbox";
import { lockAttendeeEmails, underPublicEmailCap } from "../../outbox/public-email-cap";
import type { RegistrationInput } from "../schema";

/** The same request repeated in this time (a double click, a reload) sends one email. */
const REPEAT_INTERVAL_MS = 10 * 60_000;

/**
 * Someone submitted the form with an address already known: nothing changes now. The address's
 * owner gets a link, valid JOIN_LINK_HOURS, that adds the requested days when they use it; the
 * email names only the days asked for, never what the address already holds, and carries nothing
 * else the submitter typed. Within the daily cap of emails to one address; past it, nothing is sent
 * (and the answer is the same). From the door (`door`, a walk-in with a known address), the link
 * adds the day while its check-in window is open, registrations closed or not.
 */
export async function requestJoinLink(
  tx: Tx,
  attendeeId: string,
  input: Pick<RegistrationInput, "lunch">,
  events: { slug: string }[],
  now: Date,
  { door = false }: { door?: boolean } = {},
): Promise<void> {
  const slugs = events.map((event) => event.slug);
  await lockAttendeeEmails(tx, attendeeId);
  const recent = await tx.outboxEmail.findMany({
    where: { attendeeId, kind: "JOIN_LINK", createdAt: { gt: new Date(now.getTime() - REPEAT_INTERVAL_MS) } },
    select: { data: true },
  });
  const same = JSON.stringify({ events: slugs, lunch: input.lunch, door: door || undefined });
  const sent = (data: unknown) => data as { events?: unknown; lunch?: unknown; door?: unknown } | null;
  if (recent.some(({ data }) => JSON.stringify({ events: sent(data)?.events, lunch: sent(data)?.lunch, door: sent(data)?.door }) === same)) return;
  if (!(await underPublicEmailCap(tx, attendeeId, "TYPED", now))) return;
  const expiresAt = new Date(now.getTime() + env.JOIN_LINK_HOURS * 3600_000);
  await enqueueEmail(tx, {
    kind: "JOIN_LINK",
    attendeeId,
    data: { events: slugs, lunch: input.lunch, expiresAt: expiresAt.toISOString(), ...(door ? { door: true } : {}) },
    createdAt: now,
  });
}
