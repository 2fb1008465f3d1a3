import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError } from "../errors";
import { errorResponse } from "../http/error-response";
import { MAX_JSON_BODY_BYTES } from "../http/json-body";
import { apiSecurityHeaders } from "../http/security-headers";
import { databaseUnreachable, unavailableAnswer } from "../http/unavailable-answer.mjs";
import { decodablePath, unsafeRequest } from "../http/unsafe-request";
import { readUpTo, sendWebResponse, webHeaders } from "./web-answer";

/** A route handler of app/api: a web Request in, a web Response out. */
export type WebHandler = (request: Request) => Promise<Response>;

/** A request's cookies, as a browser sends them (`a=1; b=2`). */
function cookiesOf(request: IncomingMessage): { name: string; value: string }[] {
  const header = request.headers.cookie;
  if (!header) return [];
  return header.split(";").flatMap((pair) => {
    const at = pair.indexOf("=");
    const name = (at === -1 ? pair : pair.slice(0, at)).trim();
    if (!name) return [];
    const raw = at === -1 ? "" : pair.slice(at + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // kept as sent
    }
    return [{ name, value }];
  });
}

/**
 * The API's part of every request, before its route runs (the proxy, which sees pages only, does
 * the same for pages): the API's security headers on the answer, then a French refusal of a
 * malformed address (400), a control character in the address or a cookie (404/400, the cookie
 * cleared), and every route but the health check while the database does not answer (503).
 * Returns true when it answered.
 */
export async function refuseApiRequest(request: IncomingMessage, response: ServerResponse, { https }: { https: boolean }): Promise<boolean> {
  const url = new URL(request.url ?? "/", "http://front-door.invalid");
  const headers = apiSecurityHeaders(url.pathname, { https });
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  const head = request.method === "HEAD";
  if (!decodablePath(url.pathname)) {
    await sendWebResponse(response, errorResponse(new AppError("MALFORMED_URL")), { head });
    return true;
  }
  const unsafe = unsafeRequest({ pathname: url.pathname, searchParams: url.searchParams, cookies: cookiesOf(request) });
  if (unsafe) {
    if (unsafe.clear.length > 0)
      response.setHeader(
        "set-cookie",
        unsafe.clear.map((name) => `${name}=; Path=/; Max-Age=0${name.startsWith("__") ? "; Secure" : ""}`),
      );
    await sendWebResponse(response, errorResponse(unsafe.error), { head });
    return true;
  }
  if (databaseUnreachable() && url.pathname !== "/api/health") {
    const answer = unavailableAnswer(url.pathname);
    response.writeHead(answer.status, { ...answer.headers, "Content-Length": Buffer.byteLength(answer.body) });
    response.end(head ? undefined : answer.body);
    return true;
  }
  return false;
}

/**
 * Runs a route handler of app/api straight from the front door, without Next.js's router: the
 * same function, given a web Request built from Node's, its body read up to the JSON limit (a
 * longer one is passed on cut just past it, for the handler's own 413). Every check is the
 * handler's own (origin, body limit, JSON, zod, rate limits), the headers the front door's.
 */
export async function runWebHandler(handler: WebHandler, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let read: { bytes: Buffer; complete: boolean };
  try {
    read = await readUpTo(request, MAX_JSON_BODY_BYTES);
  } catch {
    // The client went away mid-body: nobody is left to answer, and nothing was done.
    response.destroy();
    return;
  }
  const { complete } = read;
  let answer: Response;
  try {
    let origin = "http://localhost";
    try {
      origin = new URL(`http://${request.headers.host ?? "localhost"}`).origin;
    } catch {
      // a Host the URL parser refuses: the handler compares Origin with the Host header itself
    }
    answer = await handler(new Request(new URL(request.url ?? "/", origin), { method: request.method, headers: webHeaders(request), body: new Uint8Array(read.bytes) }));
  } catch (error) {
    answer = errorResponse(error);
  }
  // What a refused body still sends is not read: the connection is not kept for another request.
  if (!complete) {
    response.setHeader("connection", "close");
    request.resume();
  }
  await sendWebResponse(response, answer);
}
