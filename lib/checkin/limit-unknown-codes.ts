import "server-only";
import type { UserActor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError, isAppError } from "../errors";
import { consumeLimit, LIMITS, type LimitKind } from "../limits/rate-limits";

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

/**
 * Counts a code that the door did not find among the day's tickets: a person's typo now and then,
 * but many of them are someone guessing codes. Past the limit (by signed-in user, and by event),
 * unknown codes are refused with a 429 until the window passes; the day's own tickets still pass.
 */
export async function countUnknownCode(actor: UserActor, eventId: string): Promise<void> {
  const limits = [
    { kind: "door-unknown-user", key: actor.userId, scope: { entityType: "User", entityId: actor.userId } },
    { kind: "door-unknown-event", key: eventId, scope: { entityType: "Event", entityId: eventId } },
  ] as const;
  for (const { kind, key, scope } of limits) {
    try {
      await consumeLimit(kind, key);
    } catch (error) {
      if (!isAppError(error, "RATE_LIMITED")) throw error;
      await auditBurst(actor, eventId, kind, scope);
      throw new AppError("DOOR_CODES_LIMITED", error.detail).withRetryAfter(error.retryAfterSeconds ?? LIMITS[kind].duration);
    }
  }
}
