import "server-only";
import type { Prisma } from "../generated/sqlite/client";

export interface AuditRecord {
  /** Who made the change: an organiser's or admin's email, or "system". */
  actor: string;
  /** What happened, dotted: "event.capacity.changed". */
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/** Writes an audit entry in the transaction of the change it records. */
export async function recordAudit(tx: Prisma.TransactionClient, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({ data: record });
}
