import "server-only";
import { inTransaction } from "../db/transaction";
import { selfActor, type AttendeeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { attendeeByToken } from "./internal/attendee-by-token";
import type { AttendeeUpdate } from "./schema";
import { nameKey } from "./name-key";

/**
 * Changes an attendee's own details (never the email: that is a new registration). `lunch`
 * applies to their active national-day registration. The journal keeps which fields changed, not
 * their values (they are the person's data, erased with them).
 */
export async function updateAttendee({ actor, update }: { actor: AttendeeActor; update: AttendeeUpdate }): Promise<void> {
  const { lunch, ...details } = update;
  await inTransaction(async (tx) => {
    const attendee = await attendeeByToken(tx, actor.token);
    if (Object.keys(details).length > 0) {
      const names = { lastName: details.lastName ?? attendee.lastName, firstName: details.firstName ?? attendee.firstName };
      await tx.attendee.update({ where: { id: attendee.id }, data: { ...details, nameKey: nameKey(names.lastName, names.firstName) } });
    }
    const lunches =
      lunch === undefined
        ? 0
        : (await tx.registration.updateMany({ where: { attendeeId: attendee.id, status: { not: "CANCELLED" }, event: { kind: "NATIONAL" } }, data: { lunch } })).count;
    const fields = Object.keys(details);
    if (fields.length === 0 && lunches === 0) return;
    await recordAudit(tx, selfActor(attendee.id), {
      action: "attendee.updated",
      entityType: "Attendee",
      entityId: attendee.id,
      after: { fields, ...(lunches > 0 ? { lunch } : {}) },
    });
  });
}
