import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { inTransaction, type Tx } from "../db/transaction";
import { AppError } from "../errors";
import { withinCheckInWindow } from "./check-in-window";
import { doorPerson, doorPersonSelect, type DoorPerson } from "./door-person";
import { countUnknownCode, refuseCodesIfLimited } from "./limit-unknown-codes";
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
  /** The tap's time is outside the day's check-in window (lib/checkin/check-in-window.ts): nothing recorded. */
  | "OUTSIDE_WINDOW"
  | "UNDONE"
  /** The undone tap made no check-in (another door's came first), or it was undone already. */
  | "NOTHING_TO_UNDO"
  /** The phone sent this tap before and it was applied then. */
  | "ALREADY_APPLIED";

export interface DoorResult {
  operationId: string;
  outcome: DoorOutcome;
  person: DoorPerson | null;
  /** For UNKNOWN_TICKET: the code is another day's ticket (which one is said only to who organises it too). */
  anotherDay?: true;
  /** The other day's title, when the organiser at this door organises that day too (or every day). */
  otherEvent?: string;
}

type Day = { id: string; startsAt: Date; endsAt: Date };
type CheckInTap = Extract<CheckInOperation, { type: "check-in" }>;

/** A tap made offline keeps its time, within reason: never in the future, at most two days back. */
const MAX_AGE_MS = 48 * 3600 * 1000;
const tapTime = (at: string, now: Date) => new Date(Math.min(now.getTime(), Math.max(new Date(at).getTime(), now.getTime() - MAX_AGE_MS)));

const organises = (actor: UserActor, eventId: string) => actor.eventIds === null || actor.eventIds.includes(eventId);

async function findPerson(tx: Tx, actor: UserActor, eventId: string, operation: CheckInTap) {
  const code = operation.code ? normaliseTicketCode(operation.code) : null;
  if (code) {
    const row = await tx.registration.findUnique({ where: { ticketCode: code }, select: { ...doorPersonSelect, eventId: true, event: { select: { title: true } } } });
    if (row && row.eventId !== eventId) return { row: null, anotherDay: true as const, ...(organises(actor, row.eventId) ? { otherEvent: row.event.title } : {}) };
    return { row };
  }
  if (!operation.registrationId) return { row: null };
  return { row: await tx.registration.findFirst({ where: { id: operation.registrationId, eventId }, select: doorPersonSelect }) };
}

async function checkIn(tx: Tx, actor: UserActor, event: Day, operation: CheckInTap, now: Date): Promise<DoorResult> {
  const { operationId } = operation;
  const at = tapTime(operation.at, now);
  // Outside the day's window nothing is looked up: the door only says when it is open.
  if (!withinCheckInWindow(event, at)) return { operationId, outcome: "OUTSIDE_WINDOW", person: null };
  const { row, ...elsewhere } = await findPerson(tx, actor, event.id, operation);
  if (!row) return { operationId, outcome: "UNKNOWN_TICKET", person: null, ...elsewhere };
  if (row.status !== "CONFIRMED") return { operationId, outcome: "NOT_CONFIRMED", person: doorPerson(row) };
  if (row.checkIn) {
    // Two doors that let the same person in offline: one check-in, at the earlier time.
    // (a conditional update: concurrent earlier taps leave the earliest of them, whatever their order).
    await tx.checkIn.updateMany({ where: { registrationId: row.id, checkedInAt: { gt: at } }, data: { checkedInAt: at } });
    const person = doorPerson({ ...row, checkIn: { ...row.checkIn, checkedInAt: at < row.checkIn.checkedInAt ? at : row.checkIn.checkedInAt } });
    return { operationId, outcome: "ALREADY_CHECKED_IN", person };
  }
  // The tap's id names its check-in: one already naming another arrival (a walk-in, another day's tap) is refused.
  if (await tx.checkIn.findUnique({ where: { operationId }, select: { id: true } })) throw new AppError("OPERATION_ID_TAKEN");
  await recordCheckIn(tx, actor, { registrationId: row.id, eventId: event.id, at, method: operation.method, operationId });
  return { operationId, outcome: "CHECKED_IN", person: doorPerson({ ...row, checkIn: { checkedInAt: at, byLabel: actor.email, operationId } }) };
}

async function undo(tx: Tx, actor: UserActor, eventId: string, operation: Extract<CheckInOperation, { type: "undo" }>): Promise<DoorResult> {
  const { operationId } = operation;
  const found = await tx.checkIn.findFirst({ where: { operationId: operation.undoes, eventId }, select: { registrationId: true, checkedInAt: true } });
  if (!found) return { operationId, outcome: "NOTHING_TO_UNDO", person: null };
  // Two doors undoing the same tap at once: one deletes it, the other has nothing to undo.
  const deleted = await tx.checkIn.deleteMany({ where: { operationId: operation.undoes, eventId } });
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

/** Taps that change nothing are not kept: a replay answers the same, and no guessed code is stored. */
const CHANGES_NOTHING: DoorOutcome[] = ["UNKNOWN_TICKET", "OUTSIDE_WINDOW"];

async function applyOne(actor: UserActor, event: Day, operation: CheckInOperation, now: Date): Promise<DoorResult> {
  return inTransaction(async (tx) => {
    const applied = await tx.checkInOperation.findUnique({ where: { id: operation.operationId }, select: { eventId: true } });
    // Only this event's taps count as applied: another event's tap id is refused, never looked into.
    if (applied && applied.eventId !== event.id) throw new AppError("OPERATION_ID_TAKEN");
    if (applied) return { operationId: operation.operationId, outcome: "ALREADY_APPLIED" as const, person: null };
    // Written first: the same tap sent twice at once waits here for the first, then, retried, finds it applied.
    await tx.checkInOperation.create({ data: { id: operation.operationId, eventId: event.id } });
    const result = operation.type === "check-in" ? await checkIn(tx, actor, event, operation, now) : await undo(tx, actor, event.id, operation);
    if (CHANGES_NOTHING.includes(result.outcome)) await tx.checkInOperation.delete({ where: { id: operation.operationId } });
    return result;
  });
}

/**
 * Applies the door's taps in the order they were made, each in its own transaction: a tap the
 * phone sent before is not applied again, and two doors (or two scans) of one person make one
 * check-in, the unique registration of CheckIn deciding between concurrent ones. A tap is taken
 * only within the day's check-in window. Unknown codes are counted (countUnknownCode): past the
 * limit no code is looked up and the batch stops with a 429, the taps before it applied.
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
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { id: true, startsAt: true, endsAt: true } });
  const results: DoorResult[] = [];
  for (const operation of operations) {
    if (operation.type === "check-in" && operation.code) await refuseCodesIfLimited(actor, eventId);
    const result = await applyOne(actor, event, operation, now);
    if (result.outcome === "UNKNOWN_TICKET") await countUnknownCode(actor, eventId);
    results.push(result);
  }
  return results;
}
