// Next.js calls register() once when a server process starts.
export async function register() {
  // NEXT_RUNTIME is Next's own marker of the runtime, not a setting: the worker needs Node.js.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // The production server's front door (lib/front-door/), with the routes it runs itself (the
    // registration, the rush's route) without Next.js's router (docs/decisions/012).
    const { installFrontDoor } = await import("./lib/front-door/install");
    const { directRoutes } = await import("./app/api/direct-routes");
    installFrontDoor({ direct: directRoutes, production: process.env.NODE_ENV === "production" });
    const { invalidatePublicPagesAfterCommits } = await import("./lib/http/page-cache-bridge");
    invalidatePublicPagesAfterCommits();
    const { startBackgroundWorker } = await import("./lib/jobs/background-worker-process");
    startBackgroundWorker();
  }
}

/** Addresses with a token in them are logged without it. */
const withoutTokens = (path: string) => path.replace(/\/(gerer|confirmation|ajouter|confirmer-adresse|registrations)\/[^/?]+/g, "/$1/…").replace(/\?.*$/, "");

/**
 * Every error the server answered with a 500 is one JSON line of the app's log, under the
 * reference (digest) that the French error page shows; never the address's token or query.
 */
export async function onRequestError(error: unknown, request: { path: string; method: string }, context: { routePath: string; routeType: string }) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A database outage is logged once, when it starts and when it ends (lib/db/outage.ts), not once a request.
  const { databaseUnreachable } = await import("./lib/http/unavailable-answer.mjs");
  const { isAppError } = await import("./lib/errors");
  if (databaseUnreachable() || isAppError(error, "UNAVAILABLE")) return;
  const { log } = await import("./lib/log");
  const digest = typeof error === "object" && error !== null && "digest" in error ? String((error as { digest: unknown }).digest) : undefined;
  log.error(
    { area: "request", digest, method: request.method, path: withoutTokens(request.path), route: context.routePath, kind: context.routeType, err: error instanceof Error ? error.message : String(error) },
    "request failed",
  );
}

