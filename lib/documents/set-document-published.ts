import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";

/** Shows a day's document on the public pages, or takes it back to the back office only; audited. */
export async function setDocumentPublished({ actor, eventId, documentId, published, now = new Date() }: { actor: UserActor; eventId: string; documentId: string; published: boolean; now?: Date }) {
  return inTransaction(async (tx) => {
    const document = await tx.eventDocument.findFirst({ where: { id: documentId, eventId }, select: { id: true, title: true, publishedAt: true } });
    if (!document) throw new AppError("RECORD_NOT_FOUND", "le document");
    if (Boolean(document.publishedAt) === published) return document;
    const updated = await tx.eventDocument.update({ where: { id: documentId }, data: { publishedAt: published ? now : null }, select: { id: true, title: true, publishedAt: true } });
    await recordAudit(tx, actor, {
      action: published ? "document.published" : "document.unpublished",
      entityType: "EventDocument",
      entityId: documentId,
      eventId,
      before: { title: document.title, published: !published },
      after: { title: document.title, published },
    });
    return updated;
  });
}
