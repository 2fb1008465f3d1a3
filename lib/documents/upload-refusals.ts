import { appErrorMessage } from "../errors";

/**
 * The refusals of an upload the documents page explains after its form came back (`?erreur=`):
 * by code only, so that no address can make the page say something else.
 */
export const UPLOAD_REFUSALS = {
  TITLE: () => "Indiquez le titre du document (200 caractères au plus, sans caractère invisible ou de mise en forme).",
  INVALID_INPUT: () => appErrorMessage("INVALID_INPUT"),
  DOCUMENT_EMPTY: () => appErrorMessage("DOCUMENT_EMPTY"),
  DOCUMENT_TOO_LARGE: (maxMegabytes: number) => appErrorMessage("DOCUMENT_TOO_LARGE", `${maxMegabytes} Mo au plus`),
  DOCUMENT_TYPE_REFUSED: () => appErrorMessage("DOCUMENT_TYPE_REFUSED"),
  RECORD_NOT_FOUND: () => appErrorMessage("RECORD_NOT_FOUND", "la séquence"),
  ORIGIN_REFUSED: () => appErrorMessage("ORIGIN_REFUSED"),
  NOT_MULTIPART: () => appErrorMessage("NOT_MULTIPART"),
  MALFORMED_UPLOAD: () => appErrorMessage("MALFORMED_UPLOAD"),
  BUSY: () => appErrorMessage("BUSY"),
} as const;

export type UploadRefusal = keyof typeof UPLOAD_REFUSALS;

/** The message of `?erreur=`, or null for anything else. */
export function uploadRefusalMessage(code: string | undefined, maxMegabytes: number): string | null {
  if (!code || !Object.hasOwn(UPLOAD_REFUSALS, code)) return null;
  return UPLOAD_REFUSALS[code as UploadRefusal](maxMegabytes);
}
