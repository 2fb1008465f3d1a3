import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import type { Tx } from "../db/transaction";
import type { CheckInMethod } from "../db/models";

/** Writes a person's arrival (the caller checked that they may come in and are not in yet). */
export async function recordCheckIn(
  tx: Tx,
  actor: UserActor,
  { registrationId, eventId, at, method, operationId }: { registrationId: string; eventId: string; at: Date; method: CheckInMethod; operationId: string },
): Promise<void> {
  await tx.checkIn.create({ data: { registrationId, eventId, checkedInAt: at, method, operationId, byUserId: actor.userId, byLabel: actor.email } });
  await recordAudit(tx, actor, {
    action: "registration.checked-in",
    entityType: "Registration",
    entityId: registrationId,
    eventId,
    after: { checkedInAt: at.toISOString(), method },
  });
}
