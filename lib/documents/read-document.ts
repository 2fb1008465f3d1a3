import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { documentTypeFor } from "./document-types";
import { readDocument } from "./internal/storage";

export interface DocumentFile {
  fileName: string;
  contentType: string;
  /** Shown by the browser (PDF, images) rather than downloaded. */
  inline: boolean;
  bytes: Buffer;
  published: boolean;
}

/**
 * A document's bytes to serve: a published one for anyone (`eventId` absent), any of its day's
 * for the back office (`eventId` given, its access checked by the caller). What is not there, not
 * published, or whose bytes are missing or altered is DOCUMENT_NOT_FOUND, the same answer.
 */
export async function readDocumentFile(documentId: string, { eventId }: { eventId?: string } = {}): Promise<DocumentFile> {
  const document = await db.eventDocument.findFirst({ where: eventId ? { id: documentId, eventId } : { id: documentId, publishedAt: { not: null } } });
  const type = document && documentTypeFor(document.contentType);
  const bytes = document && type ? await readDocument(document.id, document) : null;
  if (!document || !type || !bytes) throw new AppError("DOCUMENT_NOT_FOUND");
  return { fileName: document.fileName, contentType: type.contentType, inline: type.inline, bytes, published: Boolean(document.publishedAt) };
}
