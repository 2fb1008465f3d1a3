import "server-only";
import { db } from "../db/client";

/** The live figures of the door: people present (still confirmed), people confirmed. */
export async function doorCounts(eventId: string): Promise<{ present: number; confirmed: number }> {
  const [present, confirmed] = await Promise.all([
    db.checkIn.count({ where: { eventId, registration: { status: "CONFIRMED" } } }),
    db.registration.count({ where: { eventId, status: "CONFIRMED" } }),
  ]);
  return { present, confirmed };
}
