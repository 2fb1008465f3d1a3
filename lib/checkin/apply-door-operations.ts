import "server-only";
import type { UserActor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, type Tx } from "../db/transaction";
import { doorPerson, doorPersonSelect, type DoorPerson } from "./door-person";
import { recordCheckIn } from "./record-check-in";
import type { CheckInOperation } from "./schema";
import { normaliseTicketCode } from "./ticket-code";

/** How a tap ended, for the phone to show and to drop it from its queue. */
export type DoorOutcome =
  | "CHECKED_IN"
  /** Already in (another door, or a second scan): one check-in, the earliest time kept. */
  | "ALREADY_CHECKED_IN"
  /** The registration may not come in: cancelled, waiting, or offered but not confirmed. */
  | "NOT_CONFIRMED"
  /** No registration of this event has this code (a forged code, or another day's ticket). */
  | "UNKNOWN_TICKET"
  | "UNDONE"
  /** The undone tap made no check-in (another door's came first), or it was undone already. */
  | "NOTHING_TO_UNDO"
  /** The phone sent this tap before and it was applied then. */
  | "ALREADY_APPLIED";

export interface DoorResult {
  operationId: string;
  outcome: DoorOutcome;
  person: DoorPerson | null;
  /** For UNKNOWN_TICKET: the day the ticket is for, when it is another day's. */
  otherEvent?: string;
}

/** A tap made offline keeps its time, within reason: never in the future, at most two days back. */
const MAX_AGE_MS = 48 * 3600 * 1000;
const tapTime = (at: string, now: Date) => new Date(Math.min(now.getTime(), Math.max(new Date(at).getTime(), now.getTime() - MAX_AGE_MS)));

async function findPerson(tx: Tx, eventId: string, operation: Extract<CheckInOperation, { type: "check-in" }>) {
  const code = operation.code ? normaliseTicketCode(operation.code) : null;
  if (code) {
    const row = await tx.registration.findUnique({ where: { ticketCode: code }, select: { ...doorPersonSelect, eventId: true, event: { select: { title: true } } } });
    if (row && row.eventId !== eventId) return { row: null, otherEvent: row.event.title };
    return { row };
  }
  if (!operation.registrationId) return { row: null };
  return { row: await tx.registration.findFirst({ where: { id: operation.registrationId, eventId }, select: doorPersonSelect }) };
}

async function checkIn(tx: Tx, actor: UserActor, eventId: string, operation: Extract<CheckInOperation, { type: "check-in" }>, now: Date): Promise<DoorResult> {
  const { operationId } = operation;
  const { row, otherEvent } = await findPerson(tx, eventId, operation);
  if (!row) return { operationId, outcome: "UNKNOWN_TICKET", person: null, ...(otherEvent ? { otherEvent } : {}) };
  if (row.status !== "CONFIRMED") return { operationId, outcome: "NOT_CONFIRMED", person: doorPerson(row) };
  const at = tapTime(operation.at, now);
  if (row.checkIn) {
    // Two doors that let the same person in offline: one check-in, at the earlier time.
    // (a conditional update: concurrent earlier taps leave the earliest of them, whatever their order).
    await tx.checkIn.updateMany({ where: { registrationId: row.id, checkedInAt: { gt: at } }, data: { checkedInAt: at } });
    const person = doorPerson({ ...row, checkIn: { ...row.checkIn, checkedInAt: at < row.checkIn.checkedInAt ? at : row.checkIn.checkedInAt } });
    return { operationId, outcome: "ALREADY_CHECKED_IN", person };
  }
  await recordCheckIn(tx, actor, { registrationId: row.id, eventId, at, method: operation.method, operationId });
  return { operationId, outcome: "CHECKED_IN", person: doorPerson({ ...row, checkIn: { checkedInAt: at, byLabel: actor.email, operationId } }) };
}

async function undo(tx: Tx, actor: UserActor, eventId: string, operation: Extract<CheckInOperation, { type: "undo" }>): Promise<DoorResult> {
  const { operationId } = operation;
  const found = await tx.checkIn.findFirst({ where: { operationId: operation.undoes, eventId }, select: { registrationId: true, checkedInAt: true } });
  if (!found) return { operationId, outcome: "NOTHING_TO_UNDO", person: null };
  // Two doors undoing the same tap at once: one deletes it, the other has nothing to undo.
  const deleted = await tx.checkIn.deleteMany({ where: { operationId: operation.undoes } });
  if (deleted.count === 0) return { operationId, outcome: "NOTHING_TO_UNDO", person: null };
  await recordAudit(tx, actor, {
    action: "registration.check-in.undone",
    entityType: "Registration",
    entityId: found.registrationId,
    eventId,
    before: { checkedInAt: found.checkedInAt.toISOString() },
  });
  const row = await tx.registration.findUniqueOrThrow({ where: { id: found.registrationId }, select: doorPersonSelect });
  return { operationId, outcome: "UNDONE", person: doorPerson(row) };
}

/**
 * Applies the door's taps in the order they were made, each in its own transaction: a tap the
 * phone sent before is not applied again, and two doors (or two scans) of one person make one
 * check-in, the unique registration of CheckIn deciding between concurrent ones.
 */
export async function applyDoorOperations({
  actor,
  eventId,
  operations,
  now = new Date(),
}: {
  actor: UserActor;
  eventId: string;
  operations: CheckInOperation[];
  now?: Date;
}): Promise<DoorResult[]> {
  const results: DoorResult[] = [];
  for (const operation of operations) {
    results.push(
      await inTransaction(async (tx) => {
        if (await tx.checkInOperation.findUnique({ where: { id: operation.operationId } })) {
          return { operationId: operation.operationId, outcome: "ALREADY_APPLIED" as const, person: null };
        }
        await tx.checkInOperation.create({ data: { id: operation.operationId, eventId } });
        return operation.type === "check-in" ? checkIn(tx, actor, eventId, operation, now) : undo(tx, actor, eventId, operation);
      }),
    );
  }
  return results;
}
