import "server-only";
import { AppError, type AppErrorCode } from "../errors";
import { holdsNul } from "./control-characters";

/** One decoder for every body (decode() without `stream` keeps no state between calls). */
const utf8 = new TextDecoder();

/** Bodies of the JSON API are small: a registration is well under 4 KiB. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

/** A refused body: its code's status, answered `{ errors: { form } }` (lib/http/error-response.ts). */
const refused = (code: AppErrorCode) => new AppError(code, undefined, "form");

/**
 * A browser's request sent by another site (a form or script elsewhere posting here): refused.
 * `Sec-Fetch-Site` where the browser sends it (every current one), otherwise an `Origin` other
 * than this host (a proxy in front must pass the Host header on).
 */
export function isCrossSite(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.get("host");
  } catch {
    return true;
  }
}

/** The body's bytes, read from the stream until `maxBytes`: a larger body is never held whole. */
export async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a state-changing request's JSON body: refuses another site's request (403), a body that is
 * not declared `application/json` (415), one larger than the limit (413, counted while it streams
 * in, chunked or not), malformed JSON and text holding a NUL (400): each an AppError of the table,
 * thrown for apiRoute (lib/http/api-route.ts) to answer.
 */
export async function readJsonBody(request: Request, { optional = false, maxBytes = MAX_JSON_BODY_BYTES } = {}): Promise<unknown> {
  if (isCrossSite(request)) throw refused("ORIGIN_REFUSED");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw refused("BODY_TOO_LARGE");
  const bytes = await readLimited(request, maxBytes);
  if (!bytes) throw refused("BODY_TOO_LARGE");
  const text = utf8.decode(bytes);
  if (text.trim() === "") {
    if (optional) return {};
    throw refused("NOT_JSON_OBJECT");
  }
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) throw refused("UNSUPPORTED_MEDIA_TYPE");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refused("NOT_JSON");
  }
  // PostgreSQL's text holds no NUL: refused here for every route rather than deep in a query.
  if (holdsNul(value)) throw refused("UNSAFE_TEXT");
  return value;
}
