import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { deleteDocumentFile } from "./internal/storage";

/** Removes a day's document: its row (audited) and then its bytes. */
export async function removeDocument({ actor, eventId, documentId }: { actor: UserActor; eventId: string; documentId: string }): Promise<void> {
  await inTransaction(async (tx) => {
    const document = await tx.eventDocument.findFirst({ where: { id: documentId, eventId } });
    if (!document) throw new AppError("RECORD_NOT_FOUND", "le document");
    await tx.eventDocument.delete({ where: { id: documentId } });
    await recordAudit(tx, actor, {
      action: "document.removed",
      entityType: "EventDocument",
      entityId: documentId,
      eventId,
      before: { title: document.title, fileName: document.fileName, size: document.size, published: Boolean(document.publishedAt) },
    });
  });
  await deleteDocumentFile(documentId);
}
