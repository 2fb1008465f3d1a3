import "server-only";
import { systemActor } from "../audit/actor";
import { recordAudits } from "../audit/record-audit";
import { parisYear, toParisIsoLocal } from "../dates";
import { db } from "../db/client";
import { inTransaction } from "../db/transaction";
import { prepareNextEdition } from "../editions/prepare-next-edition";
import { shiftByDays, suggestedSlug } from "../editions/shift-days";
import { addDemoRegistrations } from "./add-demo-registrations";

const actor = systemActor("demo-data");

/** « 2es Rencontres … » → « 1res Rencontres … », for the edition before. */
const previousTitle = (title: string) => title.replace(/^(\d+)(es|e|ères|ère|res|re)\b/, (_, number: string) => (Number(number) - 1 <= 1 ? "1res" : `${Number(number) - 1}es`));

/**
 * An edition of the year before the current one, in the archive, for trying it: a copy of the
 * current edition a year (52 weeks) earlier, with `count` fictional people registered before its
 * days (through the real operations) and most of the confirmed ones checked in.
 */
export async function addDemoPastEdition({ count, seed = 1 }: { count: number; seed?: number }) {
  const current = await db.edition.findFirst({ where: { status: "CURRENT" }, include: { events: { orderBy: { startsAt: "asc" } } } });
  if (!current || current.events.length === 0) throw new Error("Aucune édition en cours avec des journées.");
  const year = parisYear(current.events[0].startsAt) - 1;
  const days = Object.fromEntries(
    current.events.map((event) => [
      event.id,
      { title: event.title, slug: suggestedSlug(event.slug, year), date: toParisIsoLocal(shiftByDays(event.startsAt, -364)).slice(0, 10), city: event.city, venue: event.venue, host: event.host },
    ]),
  );
  const edition = await prepareNextEdition({ actor, editionId: current.id, input: { title: previousTitle(current.title), slug: suggestedSlug(current.slug, year), days } });
  const events = await db.event.findMany({ where: { editionId: edition.id }, orderBy: { startsAt: "asc" } });
  await inTransaction(async (tx) => {
    await tx.edition.update({ where: { id: edition.id }, data: { status: "PAST", publishedAt: shiftByDays(current.publishedAt ?? new Date(), -364) } });
    await tx.event.updateMany({ where: { editionId: edition.id }, data: { status: "PUBLISHED" } });
    await recordAudits(tx, [
      { actor, record: { action: "edition.published", entityType: "Edition", entityId: edition.id, before: { status: "DRAFT" }, after: { status: "PAST", demo: true } } },
      ...events.map((event) => ({ actor, record: { action: "event.status.changed" as const, entityType: "Event" as const, entityId: event.id, eventId: event.id, before: { status: "DRAFT" }, after: { status: "PUBLISHED" } } })),
    ]);
  });
  // Registered two months before the first day, while everything was open.
  const report = await addDemoRegistrations({ count, editionId: edition.id, seed, now: shiftByDays(events[0].startsAt, -60) });
  const confirmed = await db.registration.findMany({ where: { status: "CONFIRMED", eventId: { in: events.map((event) => event.id) } }, include: { event: true }, orderBy: { createdAt: "asc" } });
  // Nine in ten came.
  const arrived = confirmed.filter((_, index) => index % 10 !== 3);
  await inTransaction(async (tx) => {
    await tx.checkIn.createMany({
      data: arrived.map((registration, index) => ({
        registrationId: registration.id,
        eventId: registration.eventId,
        checkedInAt: new Date(registration.event.startsAt.getTime() - 30 * 60_000 + (index % 60) * 60_000),
        method: "SEARCH" as const,
        operationId: `demo-${registration.id}`,
        byLabel: "démonstration",
      })),
    });
    await recordAudits(
      tx,
      arrived.map((registration) => ({ actor, record: { action: "registration.checked-in" as const, entityType: "Registration" as const, entityId: registration.id, eventId: registration.eventId, after: { demo: true } } })),
    );
  });
  return { edition: edition.slug, ...report, present: arrived.length };
}
