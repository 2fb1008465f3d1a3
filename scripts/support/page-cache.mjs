// The production server's cache of public pages (docs/decisions/008-public-page-cache.md). The
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
import { signedFormTime } from "../../lib/links/form-time.mjs";

/** The pages and JSON everyone sees the same; `?evenement=<slug>` only preselects a day of the form. */
const CACHEABLE = /^\/(?:|evenements\/[a-z0-9-]{1,80}|inscription|editions|confidentialite|accessibilite|api\/events(?:\/[a-z0-9-]{1,80})?)$/;
const FORM_QUERY = /^\?evenement=[a-z0-9-]{1,80}$/;
/** Requests for something else than the page's HTML: Next.js's router data, server actions. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
const MAX_ENTRIES = 500;
/** Headers of one connection or one transfer, not of the page: the copy's own are set when it is sent. */
const PER_TRANSFER = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "date"]);
const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;
const FORM_TIME = /name="formulaire" value="(\d{13}\.[A-Za-z0-9_-]{22})"/;

/** The key a request is cached under, or null when it must go to the app. */
export function cacheKey(request) {
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
function entryOf(status, headers, body, { secret }) {
  const policy = String(headers["content-security-policy"] ?? "");
  const nonce = NONCE.exec(policy)?.[1];
  const html = body.toString("utf8");
  const formTime = FORM_TIME.exec(html)?.[1];
  if (formTime && !secret) return null; // without the secret a copy could not have its own form time
  const values = [nonce && [nonce, "nonce"], formTime && [formTime, "form-time"]].filter(Boolean);
  if (values.length === 0) return { status, headers, parts: [body], policyParts: null };
  const pattern = new RegExp(`(${values.map(([value]) => value.replace(/[+/=.]/g, "\\$&")).join("|")})`);
  const kinds = new Map(values);
  const parts = html.split(pattern).map((part, index) => (index % 2 === 1 ? kinds.get(part) : part));
  const policyParts = nonce ? policy.split(nonce) : null;
  return { status, headers, parts, policyParts };
}

function render(entry, { secret, now }) {
  if (!entry.policyParts && entry.parts.length === 1) return { headers: entry.headers, body: entry.parts[0] };
  const nonce = Buffer.from(randomUUID()).toString("base64");
  const formTime = secret ? signedFormTime(secret, now()) : "";
  const body = entry.parts.map((part, index) => (index % 2 === 0 ? part : part === "nonce" ? nonce : formTime)).join("");
  const headers = { ...entry.headers };
  if (entry.policyParts) headers["content-security-policy"] = entry.policyParts.join(nonce);
  return { headers, body };
}

/** Records what the app writes to `response`, and calls `done(status, headers, body)` at its end. */
function capture(response, done) {
  const chunks = [];
  const { write, end, writeHead } = response;
  let headersGiven = {};
  response.writeHead = function (status, ...rest) {
    const headers = rest.find((argument) => typeof argument === "object" && argument !== null);
    if (headers) headersGiven = Array.isArray(headers) ? {} : headers;
    return writeHead.call(this, status, ...rest);
  };
  response.write = function (chunk, ...rest) {
    if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof rest[0] === "string" ? rest[0] : "utf8"));
    return write.call(this, chunk, ...rest);
  };
  response.end = function (chunk, ...rest) {
    if (chunk && typeof chunk !== "function") chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof rest[0] === "string" ? rest[0] : "utf8"));
    const result = end.call(this, chunk, ...rest);
    const headers = {};
    for (const [name, value] of Object.entries({ ...response.getHeaders(), ...headersGiven })) {
      if (!PER_TRANSFER.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
    }
    done(response.statusCode, headers, Buffer.concat(chunks));
    return result;
  };
}

/**
 * The cache: `handle(request, response, next)` answers from a copy, or lets `next` (Next.js) answer
 * and keeps what it sent when it may serve others. `invalidate()` makes every copy stale.
 */
export function createPageCache({ ttlMs, secret, now = () => Date.now() }) {
  const entries = new Map();
  const rendering = new Set();
  let generation = 0;

  function send(response, entry) {
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
        const stored = entryOf(status, headers, body, { secret });
        if (!stored) return;
        if (entries.size >= MAX_ENTRIES && !entries.has(key)) entries.clear();
        entries.set(key, { ...stored, storedAt: now(), generation: startedAt });
      });
      response.on("close", () => rendering.delete(key));
      return next();
    },
  };
}
