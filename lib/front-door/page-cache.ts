// The front door's cache of public pages (docs/decisions/008-public-page-cache.md). The
// pages every visitor sees the same (home, a day's page, the form, the events JSON) are rendered by
// Next.js once, kept in memory, and sent again from here, at the speed of a static file. What a copy
// must not share is renewed for each response: the Content-Security-Policy nonce of its scripts, and
// the signed time the registration form was shown.
//
// Freshness: a copy is kept `ttlMs` (a write on another instance shows within that time); a write on
// this instance (lib/http/page-cache-bridge.ts) makes every copy stale at once. A stale copy is
// re-rendered by the next request, while requests arriving during that render get the stale copy:
// one render at a time per page, however many visitors.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { formTimeSignature, signedFormTime } from "../links/form-time.mjs";

/** The pages and JSON everyone sees the same; `?evenement=<slug>` only preselects a day of the form. */
const CACHEABLE = /^\/(?:|evenements\/[a-z0-9-]{1,80}|inscription|editions|confidentialite|accessibilite|api\/events(?:\/[a-z0-9-]{1,80})?)$/;
const FORM_QUERY = /^\?evenement=[a-z0-9-]{1,80}$/;
/** Requests for something else than the page's HTML: Next.js's router data, server actions. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
const MAX_ENTRIES = 500;
/** Headers of one connection or one transfer, not of the page: the copy's own are set when it is sent. */
const PER_TRANSFER = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "date"]);
const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;
/** What a signed form time looks like (lib/links/form-time.mjs); only one whose signature is the app's is one. */
const SIGNED_TIME = /(?<![\w.-])(\d{13})\.([A-Za-z0-9_-]{22})(?![\w-])/g;
/** The pages with the registration form: a copy without a form time of its own would share one. */
const FORM_PAGE = /^\/inscription(?:\?|$)/;

/** The key a request is cached under, or null when it must go to the app. */
export function cacheKey(request: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
  if (request.method !== "GET") return null;
  const url = request.url ?? "";
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? "" : url.slice(queryAt);
  if (!CACHEABLE.test(path)) return null;
  if (query && !(path === "/inscription" && FORM_QUERY.test(query))) return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  return path + query;
}

/**
 * A stored response cut where its per-response values go: `parts` alternate text and the value's
 * kind ("nonce" or "form-time"), so that serving a copy is one join.
 */
type Headers = Record<string, OutgoingHttpHeaders[string]>;
type Kind = "nonce" | "form-time";

interface Entry {
  status: number;
  headers: Headers;
  /** Text, then a kind, then text...: the page cut where its per-response values were. */
  parts: (string | Buffer)[];
  /** The policy cut where its nonce was, or null when it has none. */
  policyParts: string[] | null;
}

interface Stored extends Entry {
  storedAt: number;
  generation: number;
}

/** A signed form time of the page (any attribute order, in the HTML or in React's payload), or null. */
function formTimeIn(html: string, secret: string | undefined): string | null {
  if (!secret) return null;
  for (const [value, time, signature] of html.matchAll(SIGNED_TIME)) if (formTimeSignature(secret, time) === signature) return value;
  return null;
}

/**
 * The response cut where its per-response values are, or why it cannot be: an HTML page whose
 * policy has no nonce, whose scripts do not carry the policy's, or a form page whose signed time is
 * not found would otherwise be sent to everyone with one visitor's values.
 */
function entryOf(key: string, status: number, headers: Headers, body: Buffer, { secret }: { secret?: string }): Entry | { refused: string } {
  const policy = String(headers["content-security-policy"] ?? "");
  const nonce = NONCE.exec(policy)?.[1];
  const html = body.toString("utf8");
  const isHtml = /^text\/html\b/i.test(String(headers["content-type"] ?? ""));
  if (isHtml && !nonce) return { refused: "no script nonce in its Content-Security-Policy" };
  if (isHtml && !html.includes(`nonce="${nonce}"`)) return { refused: "its scripts do not carry the policy's nonce" };
  const formTime = formTimeIn(html, secret);
  if (!secret && new RegExp(SIGNED_TIME.source).test(html)) return { refused: "no secret to give it a form time of its own" };
  if (FORM_PAGE.test(key) && !formTime) return { refused: "its signed form time was not found" };
  const values: [string, Kind][] = [];
  if (nonce) values.push([nonce, "nonce"]);
  if (formTime) values.push([formTime, "form-time"]);
  if (values.length === 0) return { status, headers, parts: [body], policyParts: null };
  const pattern = new RegExp(`(${values.map(([value]) => value.replace(/[+/=.]/g, "\\$&")).join("|")})`);
  const kinds = new Map(values);
  const parts = html.split(pattern).map((part, index) => (index % 2 === 1 ? kinds.get(part)! : part));
  const policyParts = nonce ? policy.split(nonce) : null;
  return { status, headers, parts, policyParts };
}

function render(entry: Entry, { secret, now }: { secret?: string; now: () => number }): { headers: Headers; body: string | Buffer } {
  if (!entry.policyParts && entry.parts.length === 1) return { headers: entry.headers, body: entry.parts[0] };
  const nonce = Buffer.from(randomUUID()).toString("base64");
  const formTime = secret ? signedFormTime(secret, now()) : "";
  const body = entry.parts.map((part, index) => (index % 2 === 0 ? part : part === "nonce" ? nonce : formTime)).join("");
  const headers = { ...entry.headers };
  if (entry.policyParts) headers["content-security-policy"] = entry.policyParts.join(nonce);
  return { headers, body };
}

type Chunk = string | Buffer | Uint8Array;
const bufferOf = (chunk: Chunk, encoding: unknown) => (typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk));

/** Records what the app writes to `response`, and calls `done(status, headers, body)` at its end. */
function capture(response: ServerResponse, done: (status: number, headers: Headers, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const { write, end, writeHead } = response;
  let headersGiven: Headers = {};
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((argument) => typeof argument === "object" && argument !== null);
    if (headers) headersGiven = Array.isArray(headers) ? {} : (headers as Headers);
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  response.write = function (this: ServerResponse, chunk: Chunk, ...rest: unknown[]) {
    if (chunk) chunks.push(bufferOf(chunk, rest[0]));
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, chunk?: Chunk | (() => void), ...rest: unknown[]) {
    if (chunk && typeof chunk !== "function") chunks.push(bufferOf(chunk, rest[0]));
    const result = (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    const headers: Headers = {};
    for (const [name, value] of Object.entries({ ...response.getHeaders(), ...headersGiven })) {
      if (!PER_TRANSFER.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
    }
    done(response.statusCode, headers, Buffer.concat(chunks));
    return result;
  } as ServerResponse["end"];
}

export interface PageCache {
  readonly size: number;
  invalidate(): void;
  handle(request: IncomingMessage, response: ServerResponse, next: () => unknown): unknown;
}

/**
 * The cache: `handle(request, response, next)` answers from a copy, or lets `next` (Next.js) answer
 * and keeps what it sent when it may serve others. `invalidate()` makes every copy stale.
 */
export function createPageCache({
  ttlMs,
  secret,
  now = () => Date.now(),
  warn = () => {},
}: {
  ttlMs: number;
  secret?: string;
  now?: () => number;
  /** Told, once a page per process, that a page is not kept because its per-response values were not found. */
  warn?: (fields: { area: string; page: string; reason: string }, message: string) => void;
}): PageCache {
  const entries = new Map<string, Stored>();
  const rendering = new Set<string>();
  const warned = new Set<string>();
  let generation = 0;

  function send(response: ServerResponse, entry: Entry) {
    const { headers, body } = render(entry, { secret, now });
    response.writeHead(entry.status, { ...headers, "content-length": Buffer.byteLength(body) });
    response.end(body);
  }

  return {
    get size() {
      return entries.size;
    },
    invalidate() {
      generation++;
    },
    handle(request, response, next) {
      const key = ttlMs > 0 ? cacheKey(request) : null;
      if (!key) return next();
      const entry = entries.get(key);
      const fresh = entry && entry.generation === generation && now() - entry.storedAt < ttlMs;
      if (entry && (fresh || rendering.has(key))) return send(response, entry);
      rendering.add(key);
      const startedAt = generation;
      // Compressed bodies would have to be cached per encoding: copies are kept, and sent, plain.
      delete request.headers["accept-encoding"];
      capture(response, (status, headers, body) => {
        rendering.delete(key);
        if (status !== 200 || headers["set-cookie"] || headers["content-encoding"]) return;
        const stored = entryOf(key, status, headers, body, { secret });
        if ("refused" in stored) {
          if (!warned.has(key)) warn({ area: "page-cache", page: key, reason: stored.refused }, "public page not cached: its per-response values were not found");
          warned.add(key);
          return;
        }
        if (entries.size >= MAX_ENTRIES && !entries.has(key)) entries.clear();
        entries.set(key, { ...stored, storedAt: now(), generation: startedAt });
      });
      response.on("close", () => rendering.delete(key));
      return next();
    },
  };
}
