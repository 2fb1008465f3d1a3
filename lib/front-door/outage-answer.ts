// The front door's part of a database outage (docs/decisions/009-database-outage.md). While
// the database does not answer, proxy.ts answers every request 503 before the app runs; but the
// request that finds the outage out is already in the app, and a page whose server component
// failed is answered 500 with the generic error page. That answer is replaced here, before its
// first byte, by the same 503 (French page, or JSON under /api/) with Retry-After, keeping the
// security headers the proxy gave it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { databaseUnavailable, unavailableAnswer } from "../http/unavailable-answer.mjs";

/** Headers of the app's error answer that do not describe the 503 sent instead. */
const REPLACED = ["content-length", "content-type", "content-encoding", "etag", "vary", "set-cookie", "cache-control", "transfer-encoding"];

/**
 * Watches `response`: an error status (5xx) about to be sent while the database is unavailable is
 * sent as the 503 instead, whatever the app then writes.
 */
export function answerOutagesWith503(request: IncomingMessage, response: ServerResponse): void {
  const { writeHead, write, end } = response;
  let replaced = false;

  const replace = (status: number) => {
    if (replaced) return true;
    if (status < 500 || response.headersSent || !databaseUnavailable()) return false;
    replaced = true;
    const answer = unavailableAnswer(new URL(request.url ?? "/", "http://localhost").pathname);
    for (const name of REPLACED) response.removeHeader(name);
    for (const name of response.getHeaderNames()) if (name.startsWith("x-nextjs")) response.removeHeader(name);
    writeHead.call(response, answer.status, { ...answer.headers, "Content-Length": Buffer.byteLength(answer.body) });
    (end as (chunk?: string) => ServerResponse).call(response, request.method === "HEAD" ? undefined : answer.body);
    return true;
  };

  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    return replace(status) ? this : (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (replace(this.statusCode)) return true;
    return (write as (...args: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (replace(this.statusCode)) {
      const callback = args.find((argument): argument is () => void => typeof argument === "function");
      if (callback) process.nextTick(callback);
      return this;
    }
    return (end as (...args: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
}
