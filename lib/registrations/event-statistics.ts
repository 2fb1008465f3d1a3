import "server-only";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { db } from "../db/client";
import { TIME_ZONE } from "../dates";
import type { AttendeeRole, OrganisationType } from "../db/models";

export interface EventStatistics {
  /** New registrations per Paris day (cancelled ones included: they registered that day), oldest first. */
  perDay: { day: string; count: number }[];
  /** Active registrations (not cancelled) by type de structure and by statut. */
  byOrganisationType: Partial<Record<OrganisationType, number>>;
  byRole: Partial<Record<AttendeeRole, number>>;
  active: number;
  /** People checked in at the door. */
  present: number;
}

const tally = <K extends string>(keys: K[]) => keys.reduce<Partial<Record<K, number>>>((counts, key) => ({ ...counts, [key]: (counts[key] ?? 0) + 1 }), {});

/** The figures of an event's dashboard, from one query over its registrations. */
export async function eventStatistics(eventId: string): Promise<EventStatistics> {
  const registrations = await db.registration.findMany({
    where: { eventId },
    select: { createdAt: true, status: true, checkIn: { select: { id: true } }, attendee: { select: { organisationType: true, role: true } } },
  });
  const days = tally(registrations.map((registration) => format(new TZDate(registration.createdAt, TIME_ZONE), "yyyy-MM-dd")));
  const active = registrations.filter((registration) => registration.status !== "CANCELLED");
  return {
    perDay: Object.entries(days)
      .map(([day, count]) => ({ day, count: count ?? 0 }))
      .sort((a, b) => a.day.localeCompare(b.day)),
    byOrganisationType: tally(active.map((registration) => registration.attendee.organisationType)),
    byRole: tally(active.map((registration) => registration.attendee.role)),
    active: active.length,
    present: registrations.filter((registration) => registration.checkIn && registration.status === "CONFIRMED").length,
  };
}
