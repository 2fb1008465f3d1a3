import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError, isAppError } from "../errors";
import { consumeLimit, LIMITS, refuseIfLimitReached, type LimitKind } from "../limits/rate-limits";

const ACTION = "door.unknown-codes.limited";

/** Writes one journal entry per window in which a limit is reached, not one per refused guess. */
async function auditBurst(actor: UserActor, eventId: string, kind: LimitKind, scope: { entityType: "User" | "Event"; entityId: string }): Promise<void> {
  const { points, duration } = LIMITS[kind];
  await inTransaction(async (tx) => {
    const since = new Date(Date.now() - duration * 1000);
    if (await tx.auditEntry.findFirst({ where: { action: ACTION, ...scope, createdAt: { gt: since } }, select: { id: true } })) return;
    await recordAudit(tx, actor, { action: ACTION, ...scope, eventId, after: { unknownCodes: points, minutes: duration / 60 } });
  });
}

const limitsOf = (actor: UserActor, eventId: string) =>
  [
    { kind: "door-unknown-user", key: actor.userId, scope: { entityType: "User", entityId: actor.userId } },
    { kind: "door-unknown-event", key: eventId, scope: { entityType: "Event", entityId: eventId } },
  ] as const;

/** A limit reached: the burst is journalled (once per window) and the door gets a 429. */
async function limited(actor: UserActor, eventId: string, { kind, scope }: ReturnType<typeof limitsOf>[number], error: AppError): Promise<never> {
  await auditBurst(actor, eventId, kind, scope);
  throw new AppError("DOOR_CODES_LIMITED", error.detail).withRetryAfter(error.retryAfterSeconds ?? LIMITS[kind].duration);
}

/**
 * Before a ticket code is looked up: once a user (or the event) has typed too many unknown codes,
 * no code is looked up until the window passes, so that a guess that hits is refused like one that
 * misses. Finding a person by name (no code) still works.
 */
export async function refuseCodesIfLimited(actor: UserActor, eventId: string): Promise<void> {
  for (const limit of limitsOf(actor, eventId)) {
    try {
      await refuseIfLimitReached(limit.kind, limit.key);
    } catch (error) {
      if (!isAppError(error, "RATE_LIMITED")) throw error;
      await limited(actor, eventId, limit, error);
    }
  }
}

/**
 * Counts a code that the door did not find among the day's tickets: a person's typo now and then,
 * but many of them are someone guessing codes (by signed-in user, and by event).
 */
export async function countUnknownCode(actor: UserActor, eventId: string): Promise<void> {
  for (const limit of limitsOf(actor, eventId)) {
    try {
      await consumeLimit(limit.kind, limit.key);
    } catch (error) {
      if (!isAppError(error, "RATE_LIMITED")) throw error;
      await limited(actor, eventId, limit, error);
    }
  }
}
