import "server-only";
import { AppError, type AppErrorCode } from "../errors";
import { isCrossSite, readLimited } from "./json-body";

/** Room for the form's other fields and the multipart boundaries, above the file's own limit. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * Reads a file upload (a `multipart/form-data` form posted by the back office): refuses another
 * site's request (403), another body type (415), and a body larger than `maxFileBytes` and its
 * fields (`tooLarge`, counted while it streams in, chunked or not): each an AppError of the table.
 */
export async function readUploadForm(request: Request, { maxFileBytes, tooLarge }: { maxFileBytes: number; tooLarge: () => AppError }): Promise<FormData> {
  const refused = (code: AppErrorCode) => new AppError(code, undefined, "form");
  if (isCrossSite(request)) throw refused("ORIGIN_REFUSED");
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) throw refused("NOT_MULTIPART");
  const maxBytes = maxFileBytes + FORM_OVERHEAD_BYTES;
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const bytes = await readLimited(request, maxBytes);
  if (!bytes) throw tooLarge();
  try {
    return await new Response(new Uint8Array(bytes), { headers: { "content-type": type } }).formData();
  } catch {
    throw refused("MALFORMED_UPLOAD");
  }
}
