import "server-only";
import type { Prisma } from "../db/models";
import type { Actor } from "./actor";
import type { AuditAction } from "./actions";

export interface AuditRecord {
  action: AuditAction;
  entityType: "Event" | "ProgrammeItem" | "Speaker" | "User" | "Registration" | "OutboxEmail" | "Attendee";
  entityId: string;
  /** The event the change concerns, so that the event's journal shows it. */
  eventId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

function who(actor: Actor): { actorKind: Actor["kind"]; actorId: string | null; actorLabel: string } {
  switch (actor.kind) {
    case "USER":
      return { actorKind: "USER", actorId: actor.userId, actorLabel: actor.email };
    case "SYSTEM":
      return { actorKind: "SYSTEM", actorId: null, actorLabel: `système (${actor.job})` };
    case "ATTENDEE":
      // The token is a secret: the journal names the attendee by id, resolved by the operation.
      return { actorKind: "ATTENDEE", actorId: null, actorLabel: "participant·e" };
  }
}

/** Writes an audit entry in the transaction of the change it records: who, what, when, before/after. */
export async function recordAudit(tx: Prisma.TransactionClient, actor: Actor, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({ data: { ...who(actor), ...record, eventId: record.eventId ?? null } });
}
