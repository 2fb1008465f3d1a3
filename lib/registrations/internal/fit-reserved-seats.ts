import "server-only";
import type { Tx } from "../../db/transaction";
import { AppError } from "../../errors";
import { publicCapacity, type ReservingEvent } from "../reserved-places";
import { lockFreeReservedSeats, lockFreeSeats } from "./seats";

/** Gives each registration the seat `to`, freeing its seat `from` first (a seat holds one registration). */
async function move(tx: Tx, moves: { from: string; to: string; registrationId: string }[]): Promise<void> {
  for (const { from, to, registrationId } of moves) {
    await tx.seat.update({ where: { id: from }, data: { registrationId: null } });
    await tx.seat.update({ where: { id: to }, data: { registrationId } });
  }
}

/**
 * After the capacity or the reserved places change (the event row already updated in this
 * transaction): the public's registrations sitting on what are now reserved seats move to free
 * public ones (refused when there are not enough: the public already holds those places), and
 * invited people sitting on public seats move to free reserved ones, so each side counts right.
 */
export async function fitReservedSeats(tx: Tx, event: ReservingEvent): Promise<void> {
  const top = publicCapacity(event);
  const onReserved = await tx.seat.findMany({
    where: { eventId: event.id, number: { gt: top, lte: event.capacity }, registrationId: { not: null }, registration: { guestRole: null } },
    orderBy: { number: "asc" },
  });
  if (onReserved.length > 0) {
    const free = await lockFreeSeats(tx, event, onReserved.length);
    if (free.length < onReserved.length) {
      throw new AppError("RESERVED_PLACES_HELD", `au plus ${event.capacity - top - onReserved.length + free.length} possibles maintenant`, "reservedPlaces");
    }
    await move(tx, onReserved.map((seat, k) => ({ from: seat.id, to: free[k], registrationId: seat.registrationId! })));
  }
  const guestsOnPublic = await tx.seat.findMany({
    where: { eventId: event.id, number: { lte: top }, registrationId: { not: null }, registration: { guestRole: { not: null } } },
    orderBy: { number: "desc" },
  });
  if (guestsOnPublic.length === 0) return;
  // Locked, skipping those an invited person is claiming: two claims never get the same seat.
  const freeReserved = await lockFreeReservedSeats(tx, event, guestsOnPublic.length);
  await move(tx, freeReserved.map((seat, k) => ({ from: guestsOnPublic[k].id, to: seat, registrationId: guestsOnPublic[k].registrationId! })));
}
