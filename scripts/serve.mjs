// The production server: Next.js's request handler behind a plain Node HTTP server and the app's
// front door (lib/front-door/, built with the app and installed by instrumentation.ts), so
// that the app knows the address each request came from (`next start` keeps a client's own
// X-Forwarded-For and gives route handlers no other), refuses what Next.js would answer with a
// 500, answers the API's checks, serves the public pages from its cache and runs the registration
// route without Next.js's router. Run by `npm start`, the journeys and the benchmark.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

// Said before the app starts: instrumentation.ts installs the front door only under this server.
globalThis.rencontresServer = true;
const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
await startApp();
const door = globalThis.rencontresFrontDoor;
if (!door) throw new Error("The app did not install its front door (instrumentation.ts did not run)");

const server = createServer((request, response) => door.handle(request, response, (checked) => handle(checked, response)));
door.attach(server);
// As `next start`: keep idle connections a little longer than a proxy in front usually does.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`Rencontres ESS en service sur le port ${port}`));

/**
 * In production Next.js starts the app (instrumentation.ts's register()) on its first request,
 * not in prepare(): one request to the health check, through a server of this process on a free
 * loopback port, starts it before the real server listens — every request then meets the door.
 */
async function startApp() {
  const warmUp = createServer((request, response) => handle(request, response));
  await new Promise((resolve) => warmUp.listen(0, "127.0.0.1", resolve));
  try {
    await (await fetch(`http://127.0.0.1:${warmUp.address().port}/api/health`)).arrayBuffer();
  } finally {
    warmUp.closeAllConnections();
    await new Promise((resolve) => warmUp.close(resolve));
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
