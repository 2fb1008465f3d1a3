import "server-only";
import type { Tx } from "../../db/transaction";
import { AppError } from "../../errors";
import { dayFieldName, type PrepareNextEditionInput } from "../schema";

type Reader = Pick<Tx, "edition" | "event">;

/**
 * Refuses the next edition's addresses already in use (or given twice), naming which: the
 * edition's (field `slug`) or a day's (that day's own field).
 */
export async function checkSlugsFree(reader: Reader, input: Pick<PrepareNextEditionInput, "slug" | "days">): Promise<void> {
  if (await reader.edition.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw new AppError("EDITION_SLUG_TAKEN", input.slug, "slug");
  const wanted = Object.entries(input.days);
  const taken = await reader.event.findMany({ where: { slug: { in: wanted.map(([, day]) => day.slug) } }, select: { slug: true } });
  for (const [index, [eventId, day]] of wanted.entries()) {
    const twice = wanted.findIndex(([, other]) => other.slug === day.slug) !== index;
    if (twice || taken.some((event) => event.slug === day.slug)) throw new AppError("SLUG_TAKEN", day.slug, dayFieldName(eventId, "slug"));
  }
}
