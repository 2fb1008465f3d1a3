import "server-only";
import { createFrontDoor, type DirectRoutes, type FrontDoor } from "./front-door";

/** Where scripts/serve.mjs finds the front door, and says it is there to run it. */
const holder = globalThis as { rencontresFrontDoor?: FrontDoor; rencontresPageCache?: FrontDoor["pageCache"]; rencontresServer?: boolean };

/**
 * Called once the app starts (instrumentation.ts). In production the app must run behind the
 * production server (`npm start`): under plain `next start` no request would carry its client's
 * address, so every rate limit would count every client in one bucket, and the API would answer
 * without its headers and checks. That start is refused, saying what to run instead.
 */
export function installFrontDoor({ direct, production }: { direct: DirectRoutes; production: boolean }): void {
  if (!holder.rencontresServer) {
    if (production) throw new Error("Rencontres ESS se lance avec « npm start » (scripts/serve.mjs), pas avec « next start » : sans lui, les limites de débit et les en-têtes de l'API ne s'appliqueraient pas.");
    return;
  }
  const door = createFrontDoor({ direct });
  holder.rencontresFrontDoor = door;
  holder.rencontresPageCache = door.pageCache;
}
