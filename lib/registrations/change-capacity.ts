import "server-only";
import { recordAudit } from "../audit/record-audit";
import { syncSeats } from "./seats";
import { inTransaction } from "./transaction";
import { handOutFreeSeats, type SeatHandedOut } from "./waitlist";

/**
 * Sets an event's capacity. Raising it hands the new seats to the waiting list; lowering it below
 * the confirmed count keeps everyone confirmed and only stops new confirmations.
 */
export async function changeCapacity({
  eventId,
  capacity,
  actor,
  now = new Date(),
}: {
  eventId: string;
  capacity: number;
  actor: string;
  now?: Date;
}): Promise<{ handedOut: SeatHandedOut[] }> {
  return inTransaction(async (tx) => {
    const before = await tx.event.findUniqueOrThrow({ where: { id: eventId } });
    const event = await tx.event.update({ where: { id: eventId }, data: { capacity } });
    await syncSeats(tx, event);
    await recordAudit(tx, {
      actor,
      action: "event.capacity.changed",
      entityType: "Event",
      entityId: eventId,
      before: { capacity: before.capacity },
      after: { capacity },
    });
    return { handedOut: await handOutFreeSeats(tx, event, now) };
  });
}
