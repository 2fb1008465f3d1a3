import "server-only";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { authSecret, env } from "../env";
import { log } from "../log";
import { PEER_HEADER } from "../http/client-address";
import { refuseApiRequest, runWebHandler, type WebHandler } from "./api-requests";
import { answerOutagesWith503 } from "./outage-answer";
import { createPageCache, type PageCache } from "./page-cache";
import { createRequestGuard, pathOf } from "./request-guard";

/**
 * What the production server (scripts/serve.mjs) runs for every request before Next.js: built with
 * the app (instrumentation.ts installs it), so that it shares the app's settings, code and modules.
 */
export interface FrontDoor {
  /** Answers the request itself, or passes it (perhaps a re-readable copy) to `next`: Next.js. */
  handle(request: IncomingMessage, response: ServerResponse, next: (request: IncomingMessage) => unknown): void;
  /** What Node.js itself refuses (a malformed request line, an unknown method, CONNECT). */
  attach(server: Server): void;
  pageCache: PageCache;
}

/** `METHOD /path` → the route handler the front door runs itself, without Next.js's router. */
export type DirectRoutes = Record<string, WebHandler>;

const isApi = (path: string) => path === "/api" || path.startsWith("/api/");

/**
 * The front door: the connection's address recorded (the only source lib/http/client-address.ts
 * believes), a 5xx during a database outage sent as the French 503, requests Next.js would answer
 * with a 500 refused (request-guard.ts), the API's headers and checks (api-requests.ts), the
 * routes of `direct` run straight (the registration rush), and the public pages from the cache.
 */
export function createFrontDoor({ direct = {} }: { direct?: DirectRoutes } = {}): FrontDoor {
  const https = env.APP_URL.startsWith("https://");
  const pageCache = createPageCache({ ttlMs: env.PAGE_CACHE_SECONDS * 1000, secret: authSecret, warn: (fields, message) => log.warn(fields, message) });
  const guard = createRequestGuard({ https, log: (fields, message) => log.warn(fields, message) });

  async function pass(request: IncomingMessage, response: ServerResponse, next: (request: IncomingMessage) => unknown): Promise<unknown> {
    if (isApi(pathOf(request.url))) {
      if (await refuseApiRequest(request, response, { https })) return;
      const route = direct[`${request.method} ${request.url}`];
      if (route) return runWebHandler(route, request, response);
    }
    return pageCache.handle(request, response, () => next(request));
  }

  return {
    pageCache,
    attach: (server) => guard.attach(server),
    handle(request, response, next) {
      // Whatever a client sent under this name is replaced: only this server says who connected.
      request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
      answerOutagesWith503(request, response);
      void guard.handle(request, response, (checked) => pass(checked, response, next));
    },
  };
}
