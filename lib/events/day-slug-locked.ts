import "server-only";
import { db } from "../db/client";
import type { Tx } from "../db/transaction";

/**
 * Whether a day's address is fixed for good: once published (any status but DRAFT) or once anybody
 * registered (cancelled registrations included: they were emailed links too), it never changes, so
 * that a link in an old email always opens this day and no other day can ever take its address.
 */
export async function daySlugLocked(event: { id: string; status: string }, reader: Pick<Tx, "registration"> = db): Promise<boolean> {
  return event.status !== "DRAFT" || (await reader.registration.count({ where: { eventId: event.id }, take: 1 })) > 0;
}
