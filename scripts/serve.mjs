// The production server: Next.js's request handler behind a plain Node HTTP server, so that the app
// knows the address each request came from (`next start` keeps a client's own X-Forwarded-For and
// gives route handlers no other). Run by `npm start`, the journeys and the benchmark.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { answerOutagesWith503 } from "./support/outage.mjs";
import pino from "pino";
import { createPageCache } from "./support/page-cache.mjs";
import { createRequestGuard } from "./support/request-guard.mjs";

/** The header the app reads the connection's address from (lib/http/client-address.ts). */
const PEER_HEADER = "x-rencontres-peer";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// The public pages everyone sees the same, kept and sent again from memory (docs/decisions/008).
// lib/http/page-cache-bridge.ts makes the copies stale when the app commits a write.
const pageCache = createPageCache({ ttlMs: Number(process.env.PAGE_CACHE_SECONDS ?? 2) * 1000, secret: process.env.AUTH_SECRET });
globalThis.rencontresPageCache = pageCache;

// What Next.js would answer with a 500 or without security headers is refused before it (a 4xx in French).
const logger = pino({ base: { app: "rencontres-ess" }, timestamp: pino.stdTimeFunctions.isoTime });
const guard = createRequestGuard({ https: process.env.APP_URL?.startsWith("https://"), log: (fields, message) => logger.warn(fields, message) });

const server = createServer((request, response) => {
  // Whatever a client sent under this name is replaced: only this server says who connected.
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
  // While the database does not answer, an error answer becomes the French 503 (docs/decisions/009).
  answerOutagesWith503(request, response);
  void guard.handle(request, response, (checked) => pageCache.handle(checked, response, () => handle(checked, response)));
});
guard.attach(server);
// As `next start`: keep idle connections a little longer than a proxy in front usually does.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`Rencontres ESS en service sur le port ${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
