import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction, isUniqueViolation } from "../db/transaction";
import { AppError } from "../errors";
import type { Event } from "../db/models";
import { recordProgrammeChanges } from "../programme/record-programme-changes";
import { applyCapacity } from "../registrations/change-capacity";
import { eventDay } from "../registrations/event-day";
import { moveRegistrationsToDay } from "../registrations/move-registrations-to-day";
import type { SeatHandedOut } from "../registrations/change-capacity";
import { daySlugLocked } from "./day-slug-locked";
import { onDayOf, sameParisDay, scheduleChanges } from "./internal/schedule-changes";
import type { EventInput } from "./schema";

export interface UpdateEventResult {
  event: Event;
  /** People of the waiting list who got a place because the capacity rose. */
  handedOut: SeatHandedOut[];
  /** What attendees may be told (date, times, place), kept until an admin announces it. */
  changes: string[];
}

const AUDITED: (keyof EventInput)[] = [
  "title", "slug", "kind", "region", "summary", "startsAt", "endsAt", "city", "venue", "address", "host",
  "registrationOpensAt", "registrationClosesAt", "securityListCutoffAt", "retentionMonths", "waitlistMode", "offerHours", "emailConfirmationHours", "reminderDaysBefore", "replyTo",
  "certificateSignatoryName", "certificateSignatoryTitle",
  "certificatesByEmail", "certificatesEmailTime",
];

const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/**
 * Saves an admin's edit of an event. The capacity follows the registration rules (applyCapacity);
 * a new date moves the programme with it; a new date, time or place bumps the calendar version and
 * is kept as a change to announce. The address changes only while the day is an unregistered
 * draft (daySlugLocked).
 */
export async function updateEvent({
  actor,
  eventId,
  input,
  now = new Date(),
}: {
  actor: BackOfficeActor;
  eventId: string;
  input: EventInput;
  now?: Date;
}): Promise<UpdateEventResult> {
  try {
    return await inTransaction(async (tx) => {
      const before = await tx.event.findUnique({ where: { id: eventId } });
      if (!before) throw new AppError("RECORD_NOT_FOUND");
      if (input.slug !== before.slug && (await daySlugLocked(before, tx))) throw new AppError("DAY_SLUG_LOCKED", undefined, "slug");
      const { capacity, ...fields } = input;
      const changes = scheduleChanges(before, fields);
      const newDay = !sameParisDay(before.startsAt, fields.startsAt);
      const items = await tx.programmeItem.findMany({ where: { eventId } });
      const moved = items.map((item) => ({
        id: item.id,
        startsAt: newDay ? onDayOf(item.startsAt, fields.startsAt) : item.startsAt,
        endsAt: item.endsAt && newDay ? onDayOf(item.endsAt, fields.startsAt) : item.endsAt,
      }));
      if (moved.some((item) => item.startsAt < fields.startsAt || item.startsAt >= fields.endsAt || (item.endsAt && item.endsAt > fields.endsAt))) {
        throw new AppError("PROGRAMME_OUTSIDE_HOURS", undefined, "startTime");
      }
      if (newDay) {
        await moveRegistrationsToDay(tx, eventId, eventDay(fields.startsAt));
        for (const item of moved) await tx.programmeItem.update({ where: { id: item.id }, data: { startsAt: item.startsAt, endsAt: item.endsAt } });
      }
      // A new cut-off means a list to send again: the frozen one is dropped, and frozen anew at the new time.
      const newCutoff = comparable(before.securityListCutoffAt) !== comparable(fields.securityListCutoffAt);
      if (newCutoff) await tx.securityListEntry.deleteMany({ where: { eventId } });
      const event = await tx.event.update({
        where: { id: eventId },
        data: { ...fields, ...(changes.length > 0 ? { calendarSequence: { increment: 1 } } : {}), ...(newCutoff ? { securityListFrozenAt: null } : {}) },
      });
      const changed = AUDITED.filter((key) => comparable(before[key as keyof Event]) !== comparable(fields[key as keyof typeof fields]));
      if (changed.length > 0) {
        await recordAudit(tx, actor, {
          action: changes.length > 0 ? "event.schedule.changed" : "event.updated",
          entityType: "Event",
          entityId: eventId,
          eventId,
          before: Object.fromEntries(changed.map((key) => [key, comparable(before[key as keyof Event]) ?? null])),
          after: Object.fromEntries(changed.map((key) => [key, comparable(fields[key as keyof typeof fields]) ?? null])),
        });
      }
      await recordProgrammeChanges(tx, eventId, changes);
      const handedOut = await applyCapacity(tx, actor, event, capacity, now);
      return { event: { ...event, capacity }, handedOut, changes };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("SLUG_TAKEN", input.slug, "slug");
    throw error;
  }
}
