import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { env } from "../env";
import { AppError } from "../errors";
import { documentTypeOf } from "./document-types";
import { sanitiseFileName } from "./file-name";
import { deleteDocumentFile, sha256Of, storeDocument } from "./internal/storage";
import type { DocumentFields } from "./schema";

export interface UploadedFile {
  /** What the uploader's computer called it (only its extension and a sanitised copy are kept). */
  name: string;
  bytes: Uint8Array;
}

/** The largest document, in bytes (DOCUMENT_MAX_MB). */
export const maxDocumentBytes = () => env.DOCUMENT_MAX_MB * 1024 * 1024;

/**
 * Adds a document to a day, or to one of its programme items: refused when empty, too large or
 * not a type its first bytes prove (lib/documents/document-types.ts). Its bytes are written in the
 * transaction that records it, audited; unpublished unless asked.
 */
export async function addDocument({ actor, eventId, fields, file, now = new Date() }: { actor: UserActor; eventId: string; fields: DocumentFields; file: UploadedFile; now?: Date }) {
  if (file.bytes.length === 0) throw new AppError("DOCUMENT_EMPTY", undefined, "file");
  if (file.bytes.length > maxDocumentBytes()) throw new AppError("DOCUMENT_TOO_LARGE", `${env.DOCUMENT_MAX_MB} Mo au plus`, "file");
  const type = documentTypeOf(file.bytes, file.name);
  if (!type) throw new AppError("DOCUMENT_TYPE_REFUSED", undefined, "file");
  let storedId: string | null = null;
  try {
    return await inTransaction(async (tx) => {
      if (fields.programmeItemId) {
        const item = await tx.programmeItem.findFirst({ where: { id: fields.programmeItemId, eventId }, select: { id: true } });
        if (!item) throw new AppError("RECORD_NOT_FOUND", "la séquence", "programmeItemId");
      }
      const document = await tx.eventDocument.create({
        data: {
          eventId,
          programmeItemId: fields.programmeItemId,
          title: fields.title,
          fileName: sanitiseFileName(file.name),
          contentType: type.contentType,
          size: file.bytes.length,
          sha256: sha256Of(file.bytes),
          publishedAt: fields.publish ? now : null,
        },
      });
      await recordAudit(tx, actor, {
        action: "document.added",
        entityType: "EventDocument",
        entityId: document.id,
        eventId,
        after: { title: document.title, fileName: document.fileName, contentType: document.contentType, size: document.size, programmeItemId: document.programmeItemId, published: fields.publish },
      });
      await storeDocument(document.id, file.bytes);
      storedId = document.id;
      return document;
    });
  } catch (error) {
    // Written, then the transaction failed: the bytes go with it.
    if (storedId) await deleteDocumentFile(storedId);
    throw error;
  }
}
