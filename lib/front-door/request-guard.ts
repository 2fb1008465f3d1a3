// What the front door refuses before Next.js sees a request, because Next.js would answer it
// with a 500 (or with no security headers): a method the site has no use for, a server action from
// another site, one larger than Next's own limit, or one whose body cannot be read. Each refusal
// is a 4xx in French with the baseline security headers, and one line of the log, never a stack.
import { IncomingMessage, STATUS_CODES, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { holdsNul } from "../http/holds-nul.mjs";

/** The methods the JSON API answers, and the pages (a POST to a page is a server action); anything else (TRACE, PUT...) is a 405. */
export const API_METHODS = ["GET", "HEAD", "POST", "PATCH", "DELETE", "OPTIONS"];
export const PAGE_METHODS = ["GET", "HEAD", "POST"];
const allowedMethods = (url: string | undefined) => (/^\/api(\/|$)/.test(pathOf(url)) ? API_METHODS : PAGE_METHODS);

/** Next.js's own limit of a server action's body (serverActions.bodySizeLimit, 1 MB). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/**
 * The headers of every answer, set before Next.js writes its own: what the app renders replaces
 * them (pages keep proxy.ts's policy with its nonce), and what escapes proxy.ts (`/_next/*`,
 * `/favicon.ico`, this guard's own refusals) still gets a policy that allows nothing.
 */
export function baselineHeaders({ https = false }: { https?: boolean } = {}): Record<string, string> {
  return {
    "Content-Security-Policy": "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

const REFUSALS: Record<string, { status: number; message: string }> = {
  METHOD_NOT_ALLOWED: { status: 405, message: "Cette méthode HTTP n'est pas acceptée par le site." },
  CROSS_SITE: { status: 403, message: "Requête refusée : elle vient d'un autre site." },
  TOO_LARGE: { status: 413, message: "La requête est trop volumineuse." },
  MALFORMED_REQUEST: { status: 400, message: "La requête est mal formée : elle n'a pas pu être lue." },
  UNSAFE_TEXT: { status: 400, message: "La requête contient des caractères non autorisés (caractère nul)." },
  REQUEST_TIMEOUT: { status: 408, message: "La requête a mis trop de temps à arriver." },
  HEADERS_TOO_LARGE: { status: 431, message: "Les en-têtes de la requête sont trop volumineux." },
};

/** Addresses with a token in them are logged without it (as instrumentation.ts does). */
export const withoutTokens = (path: string) => path.replace(/\/(gerer|confirmation|ajouter|confirmer-adresse|registrations)\/[^/?]+/g, "/$1/…").replace(/\?.*$/, "");

export const pathOf = (url: string | undefined) => (url ?? "/").split("?")[0];

/** A POST to a page (not the API, not Next's files) is a server action, with or without JavaScript. */
const isServerAction = (request: IncomingMessage) => request.method === "POST" && !/^\/(api|_next)(\/|$)/.test(pathOf(request.url));

/** The host the browser addressed, as Next.js compares it with Origin (X-Forwarded-Host first). */
function requestHost(headers: IncomingHttpHeaders) {
  const forwarded = headers["x-forwarded-host"];
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return value?.split(",")[0].trim() || headers.host;
}

/** Another site's Origin (or `null`, a sandboxed or privacy-stripped one): Next.js would abort with a 500. */
function isForeignOrigin(headers: IncomingHttpHeaders) {
  const origin = headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== requestHost(headers);
  } catch {
    return true;
  }
}

/** Reads the body, counting while it streams (chunked or not); null past `maxBytes` (the rest left unread). */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (result: Buffer | null) => {
      request.off("data", onData).off("end", onEnd).off("error", reject);
      request.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) stop(null);
      else chunks.push(chunk);
    };
    const onEnd = () => stop(Buffer.concat(chunks));
    request.on("data", onData).on("end", onEnd).on("error", reject);
  });
}

/**
 * Reads and drops what a refused request still sends, so that the client, done sending, reads the
 * answer (a socket closed under an upload loses it); false, the socket destroyed, past a bound.
 */
const DRAINED_BYTES = 8 * MAX_ACTION_BODY_BYTES;
function drain(request: IncomingMessage): Promise<boolean> {
  return new Promise((resolve) => {
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= DRAINED_BYTES) return;
      request.socket.destroy();
      resolve(false);
    });
    request.on("end", () => resolve(true));
    request.on("error", () => resolve(false));
    request.resume();
  });
}

/** React's limit of a server action's arguments (more is an error, a 500). */
const MAX_ACTION_ARGUMENTS = 1000;

/**
 * React's reply format (what a browser's call of a server action sends): a string starting with
 * `$` is a reference, either a value written inline (`$$` an escaped `$`, `$undefined`, `$D` a
 * date, `$n` a big integer, `$K` the form's fields, however many...) or a part of the body by its
 * hex id (`$Q1`, `$1`...). A reference to a part the body does not have makes React fail with a
 * 500; it is refused here.
 */
const INLINE_REFERENCE = /^\$(?:\$|undefined$|Infinity$|-Infinity$|-0$|NaN$|n-?\d+$|D|T|K)/;
const PART_REFERENCE = /^\$([@hQWiBAOoUSsLlGgMmVRrXx]?)([0-9a-f]+)$/;

function referencesResolve(value: unknown, partNames: Set<string>): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "string") {
      if (!item.startsWith("$") || INLINE_REFERENCE.test(item)) continue;
      const hex = PART_REFERENCE.exec(item)?.[2];
      if (hex === undefined || !partNames.has(String(parseInt(hex, 16)))) return false;
    } else if (item !== null && typeof item === "object") {
      pending.push(...Object.values(item));
    }
  }
  return true;
}

/** The arguments of a call (a JSON array React can read, its references to parts present), or the problem. */
type Problem = "MALFORMED_REQUEST" | "UNSAFE_TEXT";

function argumentsProblem(text: string, partNames: Set<string>): Problem | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return "MALFORMED_REQUEST";
  }
  if (holdsNul(parsed)) return "UNSAFE_TEXT";
  if (!Array.isArray(parsed) || parsed.length > MAX_ACTION_ARGUMENTS || !referencesResolve(parsed, partNames)) return "MALFORMED_REQUEST";
  return null;
}

/**
 * What is wrong with a server action's body, if anything: a NUL byte (no form of the site uploads
 * a file, and PostgreSQL's text cannot hold one), multipart data that cannot be read, or
 * arguments React would fail on (JSON text, or the multipart's part 0 of a call with JavaScript).
 * A form posted without JavaScript is read by Next.js's own decoder from its `$ACTION_` fields.
 */
async function bodyProblem(body: Buffer, contentType: string, { withJavaScript }: { withJavaScript: boolean }): Promise<Problem | null> {
  if (body.includes(0)) return "UNSAFE_TEXT";
  const type = contentType.toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    } catch {
      return "MALFORMED_REQUEST";
    }
    const root = form.get("0");
    if (!withJavaScript || root === null) return null;
    return typeof root === "string" ? argumentsProblem(root, new Set(form.keys())) : "MALFORMED_REQUEST";
  }
  const text = body.toString("utf8");
  if (type.startsWith("application/x-www-form-urlencoded")) {
    return [...new URLSearchParams(text)].some(([key, value]) => holdsNul(key) || holdsNul(value)) ? "UNSAFE_TEXT" : null;
  }
  if (body.length === 0 && !withJavaScript) return null;
  return argumentsProblem(text, new Set());
}

/** The request again, its body read already: what Next.js reads from instead of the socket. */
function replay(request: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(request.socket);
  Object.assign(copy, {
    method: request.method,
    url: request.url,
    headers: request.headers,
    rawHeaders: request.rawHeaders,
    httpVersion: request.httpVersion,
    httpVersionMajor: request.httpVersionMajor,
    httpVersionMinor: request.httpVersionMinor,
    // Whole already: when Next.js is done with it, the connection stays open (not an aborted upload).
    complete: true,
  });
  copy.push(body);
  copy.push(null);
  return copy;
}

/**
 * The guard of `scripts/serve.mjs`: `handle(request, response, next)` before Next.js (next gets the
 * request to pass on), `attach(server)` for what Node.js itself refuses (an unknown method, a
 * malformed request line) and CONNECT. `log` writes one line (pino's warn).
 */
type Log = (fields: Record<string, unknown>, message: string) => void;

export interface RequestGuard {
  handle(request: IncomingMessage, response: ServerResponse, next: (request: IncomingMessage) => unknown): Promise<unknown>;
  attach(server: Server): void;
}

export function createRequestGuard({ https = false, log, maxActionBytes = MAX_ACTION_BODY_BYTES }: { https?: boolean; log?: Log; maxActionBytes?: number } = {}): RequestGuard {
  const headers = baselineHeaders({ https });
  const declaredTooLarge = (request: IncomingMessage) => Number(request.headers["content-length"] ?? 0) > maxActionBytes;

  function refusalBody(code: string, path: string) {
    const { message } = REFUSALS[code];
    return path.startsWith("/api/")
      ? { type: "application/json; charset=utf-8", text: JSON.stringify({ error: message, code }) }
      : { type: "text/plain; charset=utf-8", text: message };
  }

  /** `unsent`: the body was never asked for (Expect: 100-continue), so there is nothing to drain. */
  async function refuse(request: IncomingMessage, response: ServerResponse, code: string, { unsent = false } = {}): Promise<void> {
    const path = pathOf(request.url);
    const { status } = REFUSALS[code];
    const { type, text } = refusalBody(code, path);
    log?.({ area: "request", method: request.method, path: withoutTokens(path), status, code }, "request refused");
    if (!unsent && !request.complete && !(await drain(request))) return;
    response.writeHead(status, {
      ...headers,
      "Content-Type": type,
      "Content-Length": Buffer.byteLength(text),
      "Cache-Control": "no-store",
      Connection: "close",
      ...(code === "METHOD_NOT_ALLOWED" ? { Allow: allowedMethods(request.url).join(", ") } : {}),
    });
    response.end(request.method === "HEAD" ? undefined : text);
  }

  /** Whatever goes wrong in the guard itself is one log line and a 400, never an unhandled rejection. */
  function handle(request: IncomingMessage, response: ServerResponse, next: (request: IncomingMessage) => unknown) {
    return check(request, response, next).catch((error: unknown) => {
      log?.({ area: "request", method: request.method, path: withoutTokens(pathOf(request.url)), err: error instanceof Error ? error.message : String(error) }, "request guard failed");
      if (response.headersSent) return void response.destroy();
      return refuse(request, response, "MALFORMED_REQUEST");
    });
  }

  async function check(request: IncomingMessage, response: ServerResponse, next: (request: IncomingMessage) => unknown): Promise<unknown> {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (!allowedMethods(request.url).includes(request.method ?? "")) return refuse(request, response, "METHOD_NOT_ALLOWED");
    if (!isServerAction(request)) return next(request);
    if (isForeignOrigin(request.headers)) return refuse(request, response, "CROSS_SITE");
    if (declaredTooLarge(request)) return refuse(request, response, "TOO_LARGE");
    let body: Buffer | null;
    try {
      body = await readBody(request, maxActionBytes);
    } catch {
      return refuse(request, response, "MALFORMED_REQUEST"); // the client went away mid-body
    }
    if (!body) return refuse(request, response, "TOO_LARGE");
    const problem = await bodyProblem(body, String(request.headers["content-type"] ?? ""), { withJavaScript: request.headers["next-action"] !== undefined });
    if (problem) return refuse(request, response, problem);
    return next(replay(request, body));
  }

  /** A raw answer on a socket Node.js gave up parsing (no request object to answer through). */
  function answerSocket(socket: Duplex, code: string, method: string | undefined) {
    if (!socket.writable) return socket.destroy();
    const { status, message } = REFUSALS[code];
    log?.({ area: "request", method, status, code }, "request refused");
    const lines = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      ...Object.entries({ ...headers, "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(message), "Cache-Control": "no-store", Connection: "close" }).map(
        ([name, value]) => `${name}: ${value}`,
      ),
      ...(code === "METHOD_NOT_ALLOWED" ? [`Allow: ${API_METHODS.join(", ")}`] : []),
    ];
    socket.end(`${lines.join("\r\n")}\r\n\r\n${message}`);
  }

  function attach(server: Server) {
    server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
      if (error.code === "ECONNRESET") return socket.destroy();
      const code =
        error.code === "HPE_INVALID_METHOD"
          ? "METHOD_NOT_ALLOWED"
          : error.code === "HPE_HEADER_OVERFLOW"
            ? "HEADERS_TOO_LARGE"
            : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
              ? "REQUEST_TIMEOUT"
              : "MALFORMED_REQUEST";
      answerSocket(socket, code, undefined);
    });
    // A client that asks before sending its body: a server action declared too large is refused
    // at once, without « 100 Continue » (nothing is sent, nothing to drain).
    server.on("checkContinue", (request: IncomingMessage, response: ServerResponse) => {
      if (isServerAction(request) && declaredTooLarge(request)) return void refuse(request, response, "TOO_LARGE", { unsent: true });
      response.writeContinue();
      server.emit("request", request, response);
    });
    // Node.js hands CONNECT to this event rather than to the request handler.
    server.on("connect", (_request: IncomingMessage, socket: Duplex) => answerSocket(socket, "METHOD_NOT_ALLOWED", "CONNECT"));
  }

  return { handle, attach };
}
