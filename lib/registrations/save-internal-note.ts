import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { registrationOfEvent } from "./internal/registration-of-event";

/** The organisers' own note on a registration (never shown to the attendee). */
export async function saveInternalNote({ actor, eventId, registrationId, note }: { actor: UserActor; eventId: string; registrationId: string; note: string | null }) {
  await inTransaction(async (tx) => {
    const registration = await registrationOfEvent(tx, eventId, registrationId);
    if (registration.internalNote === note) return;
    await tx.registration.update({ where: { id: registration.id }, data: { internalNote: note } });
    await recordAudit(tx, actor, {
      action: "registration.note.changed",
      entityType: "Registration",
      entityId: registration.id,
      eventId,
      before: { note: registration.internalNote },
      after: { note },
    });
  });
}
