import "server-only";
import type { DocumentFile } from "./read-document";

/** `filename` for old clients (ASCII), `filename*` with the UTF-8 name (RFC 6266). The names are sanitised already. */
const disposition = (kind: "inline" | "attachment", fileName: string) => `${kind}; filename="${fileName.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/**
 * A stored document as an answer: its proven type, nosniff, shown by the browser only for PDF and
 * images (every other type downloaded, never rendered as a page), and a policy that runs nothing
 * in the site's origin: images sandboxed, PDF left to the browser's viewer (a sandbox would block
 * it) and embeddable by the site alone. Published ones may be cached briefly by browsers; the back
 * office's copies never.
 */
export function documentResponse(file: DocumentFile, { cache }: { cache: "public" | "private" }): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": disposition(file.inline ? "inline" : "attachment", file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": file.contentType === "application/pdf" ? "default-src 'none'; object-src 'self'; frame-ancestors 'self'" : "default-src 'none'; img-src 'self'; frame-ancestors 'none'; sandbox",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": cache === "public" ? "public, max-age=300" : "private, no-store",
    },
  });
}
