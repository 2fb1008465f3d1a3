import "server-only";
import { db } from "../db/client";
import { toEditionTexts, type EditionTexts } from "./edition-texts";

/** The current edition's texts (shown at `/` and in the footer), or null before any is published. */
export async function getCurrentEdition(): Promise<(EditionTexts & { slug: string }) | null> {
  const edition = await db.edition.findFirst({ where: { status: "CURRENT" }, include: { networks: { orderBy: { position: "asc" } } } });
  return edition ? { slug: edition.slug, ...toEditionTexts(edition, edition.networks) } : null;
}
