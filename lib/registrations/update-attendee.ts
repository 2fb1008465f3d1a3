import "server-only";
import { inTransaction } from "../db/transaction";
import type { AttendeeActor } from "../audit/actor";
import { attendeeByToken } from "./internal/attendee-by-token";
import type { AttendeeUpdate } from "./schema";
import { nameKey } from "./name-key";

/**
 * Changes an attendee's own details (never the email: that is a new registration). `lunch`
 * applies to their active national-day registration.
 */
export async function updateAttendee({ actor, update }: { actor: AttendeeActor; update: AttendeeUpdate }): Promise<void> {
  const { lunch, ...details } = update;
  await inTransaction(async (tx) => {
    const attendee = await attendeeByToken(tx, actor.token);
    if (Object.keys(details).length > 0) {
      const names = { lastName: details.lastName ?? attendee.lastName, firstName: details.firstName ?? attendee.firstName };
      await tx.attendee.update({ where: { id: attendee.id }, data: { ...details, nameKey: nameKey(names.lastName, names.firstName) } });
    }
    if (lunch !== undefined) {
      await tx.registration.updateMany({
        where: { attendeeId: attendee.id, status: { not: "CANCELLED" }, event: { kind: "NATIONAL" } },
        data: { lunch },
      });
    }
  });
}
