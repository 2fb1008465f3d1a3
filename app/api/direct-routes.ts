import type { DirectRoutes } from "@/lib/front-door/front-door";
import { POST as register } from "./registrations/route";

/**
 * The routes the production server's front door runs itself, without Next.js's router
 * (docs/decisions/012-front-door.md): `METHOD /path` → the same exported handler as the route file
 * at that path, so that both ways in run the same checks. Tests build their front door from this
 * table (tests/support/front-door-server.ts), and the authorisation matrix reads it
 * (e2e/admin-authorisation.spec.ts, tests/integration/api-routes-wrapped.test.ts).
 */
export const directRoutes: DirectRoutes = {
  "POST /api/registrations": register,
};
