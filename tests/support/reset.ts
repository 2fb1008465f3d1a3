import type { DbClient } from "../../lib/db/create-client";

/**
 * Removes every attendee and what hangs on them (registrations, seats taken, waiting lists, emails),
 * so that a test starts from the seeded days with nobody registered, whatever ran before it.
 */
export async function removeAttendees(db: DbClient): Promise<void> {
  await db.$transaction([
    db.outboxEmail.deleteMany(),
    db.waitlistEntry.deleteMany(),
    db.seat.updateMany({ where: { registrationId: { not: null } }, data: { registrationId: null } }),
    db.registration.deleteMany(),
    db.attendee.deleteMany(),
  ]);
}
