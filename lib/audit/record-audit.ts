import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/models";
import { insertRows, jsonColumn } from "../db/insert-rows";
import type { Tx } from "../db/transaction";
import type { AuditActor } from "./actor";
import type { AuditAction } from "./actions";

export interface AuditRecord {
  action: AuditAction;
  entityType: "Edition" | "Event" | "EventDocument" | "ProgrammeItem" | "Speaker" | "User" | "Registration" | "OutboxEmail" | "Attendee" | "CheckInOperation" | "Question" | "Invitation";
  entityId: string;
  /** The event the change concerns, so that the event's journal shows it. */
  eventId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/** The label an attendee's own entries carry (the journal's « qui » filter finds them by it). */
export const SELF_LABEL = "participant·e";

function who(actor: AuditActor): { actorKind: "ATTENDEE" | "USER" | "SYSTEM"; actorId: string | null; actorLabel: string } {
  switch (actor.kind) {
    case "USER":
      return { actorKind: "USER", actorId: actor.userId, actorLabel: actor.email };
    case "SYSTEM":
      return { actorKind: "SYSTEM", actorId: null, actorLabel: `système (${actor.job})` };
    case "SELF":
      // The person by id only: their name or address would outlive their erasure in the journal.
      return { actorKind: "ATTENDEE", actorId: actor.attendeeId, actorLabel: SELF_LABEL };
  }
}

const row = (actor: AuditActor, record: AuditRecord) => ({ ...who(actor), ...record, eventId: record.eventId ?? null });

/** Writes an audit entry in the transaction of the change it records: who, what, when, before/after. */
export async function recordAudit(tx: Prisma.TransactionClient, actor: AuditActor, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({ data: row(actor, record) });
}

/**
 * Writes several entries in one statement (a group of registrations written together), in SQL:
 * lib/db/insert-rows, a quarter of the CPU of Prisma's createMany a row.
 */
export async function recordAudits(tx: Tx, entries: { actor: AuditActor; record: AuditRecord }[]): Promise<void> {
  const createdAt = new Date();
  await insertRows(
    tx,
    "AuditEntry",
    entries.map(({ actor, record }) => ({
      id: randomUUID(),
      ...who(actor),
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      eventId: record.eventId ?? null,
      before: jsonColumn(record.before),
      after: jsonColumn(record.after),
      createdAt,
    })),
  );
}
