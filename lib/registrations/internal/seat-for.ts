import "server-only";
import type { UserActor } from "../../audit/actor";
import type { Tx } from "../../db/transaction";
import { AppError } from "../../errors";
import { assignSeats, lockFreeSeat } from "./seats";

/**
 * Gives a waiting registration a seat, ahead of the queue: a free one, or, for an admin who gives a
 * reason, an extra one above the capacity (it disappears when freed: releaseSeat).
 */
export async function seatFor(
  tx: Tx,
  actor: UserActor,
  registration: { id: string; event: { id: string; capacity: number } },
  overCapacityReason: string | null | undefined,
): Promise<{ overCapacity: boolean }> {
  const seatId = await lockFreeSeat(tx, registration.event);
  if (seatId) {
    await assignSeats(tx, [[seatId, registration.id]], { publicOnly: true });
    return { overCapacity: false };
  }
  if (!overCapacityReason || actor.role !== "ADMIN") throw new AppError("NO_FREE_SEAT");
  const highest = await tx.seat.aggregate({ where: { eventId: registration.event.id }, _max: { number: true } });
  await tx.seat.create({ data: { eventId: registration.event.id, number: (highest._max.number ?? 0) + 1, registrationId: registration.id } });
  return { overCapacity: true };
}
