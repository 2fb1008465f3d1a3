import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { personalDataOf } from "./personal-data-of";

/** The right of access for an admin: the person's data as JSON, the export logged (without the data). */
export async function exportPersonalData({ actor, attendeeId }: { actor: UserActor; attendeeId: string }) {
  const data = await personalDataOf(attendeeId);
  await inTransaction((tx) => recordAudit(tx, actor, { action: "attendee.exported", entityType: "Attendee", entityId: attendeeId }));
  return data;
}
