// The way production takes requests, for tests: a real Node HTTP server whose every request meets the
// app's front door (lib/front-door/front-door.ts) as under scripts/serve.mjs, with the routes it
// runs itself (app/api/direct-routes.ts), and a stand-in for Next.js behind it. Requests are sent
// with node:http as a client sends them: the method, the path and the headers exactly as given
// (Host, Origin and Sec-Fetch-Site included, or left out), the body's bytes.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { directRoutes } from "../../app/api/direct-routes";
import { createFrontDoor, type DirectRoutes, type FrontDoor } from "../../lib/front-door/front-door";
import { sendWebResponse, webHeaders } from "../../lib/front-door/web-answer";
import { AppError } from "../../lib/errors";
import { errorResponse } from "../../lib/http/error-response";
import { GET as listEvents } from "../../app/api/events/route";
import { GET as showEvent } from "../../app/api/events/[slug]/route";
import { GET as health } from "../../app/api/health/route";
import { GET as openApi } from "../../app/api/openapi.json/route";
import { DELETE as cancel, GET as show, PATCH as edit } from "../../app/api/registrations/[token]/route";
import { POST as answerOffer } from "../../app/api/registrations/[token]/offer/[answer]/route";

/** What stands for Next.js behind the door: it answers what the door passes on. */
export type NextStandIn = (request: IncomingMessage, response: ServerResponse) => unknown;

export interface FrontDoorServer {
  door: FrontDoor;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The requests the door passed on to `next` (method and path). */
  passed: string[];
  /**
   * Sends `request` through the server: its method, `path` if given (sent as is, however odd) or
   * its URL's path and query, its headers as they are (no Host unless it has one), its body
   * (`chunked`: in pieces, without Content-Length; otherwise with its true length).
   */
  send(request: Request, options?: { path?: string; chunked?: boolean }): Promise<Response>;
  close(): Promise<void>;
}

type Params = Record<string, string>;
type Handler = (request: Request, params: Params) => Promise<Response> | Response;
const context = (params: Params) => ({ params: Promise.resolve(params) }) as never;

/** The public API's routes as Next.js's router finds them: `[name]` a segment, decoded, as the handler's parameter. */
const PUBLIC_API: [string, string, Handler][] = [
  ["GET", "/api/health", () => health()],
  ["GET", "/api/openapi.json", () => openApi()],
  ["GET", "/api/events", (request) => listEvents(request)],
  ["GET", "/api/events/[slug]", (request, params) => showEvent(request, context(params))],
  ["GET", "/api/registrations/[token]", (request, params) => show(request, context(params))],
  ["PATCH", "/api/registrations/[token]", (request, params) => edit(request, context(params))],
  ["DELETE", "/api/registrations/[token]", (request, params) => cancel(request, context(params))],
  ["POST", "/api/registrations/[token]/offer/[answer]", (request, params) => answerOffer(request, context(params))],
];

function match(pattern: string, pathname: string): Params | null {
  const wanted = pattern.split("/");
  const given = pathname.split("/");
  if (wanted.length !== given.length) return null;
  const params: Params = {};
  for (const [index, part] of wanted.entries()) {
    const name = /^\[(\w+)\]$/.exec(part)?.[1];
    if (name) params[name] = decodeURIComponent(given[index]);
    else if (part !== given[index]) return null;
  }
  return params;
}

const bodyOf = (request: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk)).on("end", () => resolve(Buffer.concat(chunks))).on("error", reject);
  });

/**
 * Next.js's answers to the public API (the route handlers, given their decoded parameters), and a
 * French 404 for anything else.
 */
export const publicApi: NextStandIn = async (request, response) => {
  const url = new URL(request.url ?? "/", `http://${request.headers.host || "localhost"}`);
  for (const [method, pattern, handler] of PUBLIC_API) {
    const params = method === request.method ? match(pattern, url.pathname) : null;
    if (!params) continue;
    const body = await bodyOf(request);
    const web = new Request(url, { method, headers: webHeaders(request), body: method === "GET" ? undefined : new Uint8Array(body) });
    return sendWebResponse(response, await handler(web, params));
  }
  return sendWebResponse(response, errorResponse(new AppError("RECORD_NOT_FOUND")));
};

/** Starts the server on a free loopback port. */
export async function startFrontDoorServer({ direct = directRoutes, next = publicApi }: { direct?: DirectRoutes; next?: NextStandIn } = {}): Promise<FrontDoorServer> {
  const door = createFrontDoor({ direct });
  const passed: string[] = [];
  const server = createServer((request, response) =>
    door.handle(request, response, (checked) => {
      passed.push(`${checked.method} ${checked.url}`);
      return next(checked, response);
    }),
  );
  door.attach(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  async function send(request: Request, { path, chunked = false }: { path?: string; chunked?: boolean } = {}): Promise<Response> {
    const url = new URL(request.url);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : null;
    const headers: [string, string][] = [];
    request.headers.forEach((value, name) => {
      // The body's framing is the client's own: a length that lies about it is not sent.
      if (name !== "content-length" && name !== "transfer-encoding") headers.push([name, value]);
    });
    if (body && !chunked) headers.push(["content-length", String(body.length)]);
    if (body && chunked) headers.push(["transfer-encoding", "chunked"]);
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        { host: "127.0.0.1", port, method: request.method, path: path ?? `${url.pathname}${url.search}`, headers: headers.flat(), setHost: false, agent: false },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
          incoming.on("error", reject);
          incoming.on("end", () => {
            const answerHeaders = new Headers();
            for (let index = 0; index < incoming.rawHeaders.length; index += 2) answerHeaders.append(incoming.rawHeaders[index], incoming.rawHeaders[index + 1]);
            const status = incoming.statusCode ?? 0;
            const empty = [204, 205, 304].includes(status) || request.method === "HEAD";
            resolve(new Response(empty ? null : Buffer.concat(chunks), { status, statusText: incoming.statusMessage, headers: answerHeaders }));
          });
        },
      );
      outgoing.on("error", reject);
      if (body && chunked) {
        // In pieces of at most 1 KiB, each a write of its own.
        for (let at = 0; at < body.length; at += 1024) outgoing.write(body.subarray(at, at + 1024));
      } else if (body) outgoing.write(body);
      outgoing.end();
    });
  }

  return {
    door,
    origin: `http://127.0.0.1:${port}`,
    passed,
    send,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
