import "server-only";
import { attendeeActor, systemActor } from "../audit/actor";
import { db } from "../db/client";
import { cancelRegistrations } from "../registrations/cancel-registrations";
import { createRegistrations } from "../registrations/create-registrations";
import { fictionalAttendee } from "./fictional-attendees";

const BATCH = 50;

/**
 * Registers `count` fictional people through the real operations, `BATCH` at a time (the
 * registration queue writes each batch together); one in twenty then cancels. Their emails are
 * removed from the outbox: nobody is there to read them.
 */
export async function addDemoRegistrations({ count, event, editionId, seed = 1, now }: { count: number; event?: string; editionId?: string; seed?: number; now?: Date }) {
  const events = await db.event.findMany({ where: { status: "PUBLISHED", ...(event ? { slug: event } : {}), ...(editionId ? { editionId } : {}) }, orderBy: { startsAt: "asc" } });
  if (events.length === 0) throw new Error(event ? `Aucune journée publiée « ${event} ».` : "Aucune journée publiée.");
  const national = events.filter((candidate) => candidate.kind === "NATIONAL");
  const regional = events.filter((candidate) => candidate.kind === "REGIONAL");
  /** A third come to the national day, a third to a regional day, a third to both (one a day). */
  const daysOf = (n: number): string[] => {
    if (event) return [events[0].slug];
    const choices = [[national[0]], [regional[n % regional.length]], [national[0], regional[n % regional.length]]];
    const days = choices[n % 3].filter((day) => day !== undefined);
    return (days.length > 0 ? days : [events[n % events.length]]).map((day) => day.slug);
  };
  const first = (await db.attendee.count({ where: { email: { endsWith: "@demo.rencontres-ess.test" } } })) + 1;
  let registered = 0;
  for (let start = first; start < first + count; start += BATCH) {
    const numbers = Array.from({ length: Math.min(BATCH, first + count - start) }, (_, index) => start + index);
    const results = await Promise.allSettled(
      numbers.map((n) => createRegistrations({ actor: systemActor("demo-data"), input: fictionalAttendee(n, daysOf(n), { seed }), now })),
    );
    for (const [index, result] of results.entries()) {
      if (result.status !== "fulfilled") continue;
      registered++;
      if (numbers[index] % 20 === 7 && result.value.manageToken) await cancelRegistrations({ actor: attendeeActor(result.value.manageToken), now });
    }
  }
  const demo = { attendee: { email: { endsWith: "@demo.rencontres-ess.test" } } };
  await db.outboxEmail.deleteMany({ where: demo });
  const statuses = await db.registration.groupBy({ by: ["status"], where: demo, _count: { _all: true } });
  return { registered, statuses: Object.fromEntries(statuses.map((group) => [group.status, group._count._all])) as Partial<Record<string, number>> };
}
