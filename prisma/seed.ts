import { TZDate } from "@date-fns/tz";
import { TIME_ZONE, parisTime, parisYear } from "../lib/dates";
import type { DbClient } from "../lib/db/create-client";
import { transactionOn } from "../lib/db/transaction-on";
import { isUniqueViolation } from "../lib/db/unique-violation";
import { seatRows } from "../lib/registrations/seat-rows";
import { DOCUMENT_YEAR, EDITION, NATIONAL_DAY, NETWORKS, REGIONAL_DAYS, editionSlug, type ClockTime, type SeedEvent } from "./seed-data";

export interface SeedOptions {
  /** The year of the days; by default the first year whose national day is still ahead. */
  year?: number;
  now?: Date;
}

export interface SeedResult {
  seeded: boolean;
  year: number;
}

const weekday = (date: Date) => new TZDate(date, TIME_ZONE).getDay();
const SEED_DAYS = [NATIONAL_DAY, ...REGIONAL_DAYS];

/**
 * The first year, from this one, in which the national day has not started yet and every day of
 * the document falls on its weekday in the document (« mercredi 26 juin », a Thursday 12 September):
 * the texts name the days, so the dates must match them.
 */
export function defaultSeedYear(now: Date): number {
  const documentWeekdays = SEED_DAYS.map((event) => weekday(at(DOCUMENT_YEAR, event, event.start)));
  for (let year = parisYear(now); ; year++) {
    const days = SEED_DAYS.map((event) => at(year, event, event.start));
    if (days[0] > now && days.every((day, index) => weekday(day) === documentWeekdays[index])) return year;
  }
}

function at(year: number, event: SeedEvent, [hours, minutes]: ClockTime): Date {
  return parisTime(year, event.month, event.day, hours, minutes);
}

/**
 * Creates the current edition (the series' texts), its networks, events, programme and speakers
 * when the database holds no edition yet; does nothing otherwise, so it is safe to run at every start.
 */
export async function seedDatabase(db: DbClient, options: SeedOptions = {}): Promise<SeedResult> {
  const year = options.year ?? defaultSeedYear(options.now ?? new Date());
  if ((await db.edition.count()) > 0) return { seeded: false, year };

  try {
    await createAll(db, year);
  } catch (error) {
    // Another instance seeding the same database at the same moment won the race: nothing to do.
    if (isUniqueViolation(error)) return { seeded: false, year };
    throw error;
  }
  return { seeded: true, year };
}

async function createAll(db: DbClient, year: number): Promise<void> {
  // One attempt: a unique violation here means another instance seeded first (see seedDatabase).
  await transactionOn(db, async (tx) => {
    const edition = await tx.edition.create({
      data: { ...EDITION, slug: editionSlug(year), status: "CURRENT", publishedAt: new Date(), networks: { create: NETWORKS.map((network, position) => ({ ...network, position })) } },
    });
    for (const event of SEED_DAYS) {
      const startsAt = at(year, event, event.start);
      const created = await tx.event.create({
        data: {
          editionId: edition.id,
          slug: event.slug,
          title: event.title,
          kind: event.kind,
          status: "PUBLISHED",
          region: event.region,
          summary: event.summary,
          startsAt,
          endsAt: at(year, event, event.end),
          venue: event.venue,
          city: event.city,
          host: event.host,
          capacity: event.capacity,
          registrationClosesAt: startsAt,
        },
      });
      await tx.seat.createMany({ data: seatRows(created.id, 1, event.capacity) });
      for (const [position, item] of event.programme.entries()) {
        await tx.programmeItem.create({
          data: {
            eventId: created.id,
            position,
            kind: item.kind,
            startsAt: at(year, event, item.start),
            endsAt: at(year, event, item.end),
            title: item.title,
            description: item.description,
            speakers: {
              create: (item.speakers ?? []).map((speaker, position) => ({
                confirmed: speaker.confirmed,
                position,
                speaker: {
                  connectOrCreate: {
                    where: { name: speaker.name },
                    create: { name: speaker.name, title: speaker.title },
                  },
                },
              })),
            },
          },
        });
      }
    }
    // Prisma's default of 5 s is not enough on a busy machine: it rolls the transaction back midway,
    // and the rest of the seed fails on a foreign key.
  }, { maxAttempts: 1, timeoutMs: 60_000 });
}
