import "server-only";
import type { Tx } from "../../db/transaction";
import { AppError } from "../../errors";

/**
 * Inside an edition's publication or its « Rendre courante »: the edition, found in `from` (else
 * `refusal`), becomes the current one and the edition that was current becomes past. Exactly one
 * edition is current afterwards: a switch committed meanwhile by someone else is refused
 * (EDITION_SWITCH_CONFLICT) rather than leaving two. Gives the edition's slug and those of the
 * editions that were current, for the caller's audit entry.
 */
export async function switchCurrentEdition(
  tx: Tx,
  { editionId, from, refusal, now }: { editionId: string; from: "DRAFT" | "PAST"; refusal: "EDITION_NOT_DRAFT" | "EDITION_NOT_PAST"; now: Date },
): Promise<{ slug: string; previous: string[] }> {
  const edition = await tx.edition.findUnique({ where: { id: editionId }, select: { slug: true, status: true } });
  if (!edition) throw new AppError("RECORD_NOT_FOUND");
  if (edition.status !== from) throw new AppError(refusal, edition.slug);
  const previous = await tx.edition.findMany({ where: { status: "CURRENT" }, select: { id: true, slug: true } });
  await tx.edition.updateMany({ where: { id: { in: previous.map(({ id }) => id) }, status: "CURRENT" }, data: { status: "PAST" } });
  const switched = await tx.edition.updateMany({ where: { id: editionId, status: from }, data: { status: "CURRENT", publishedAt: now } });
  if (switched.count !== 1 || (await tx.edition.count({ where: { status: "CURRENT" } })) !== 1) throw new AppError("EDITION_SWITCH_CONFLICT");
  return { slug: edition.slug, previous: previous.map(({ slug }) => slug) };
}
