import "server-only";
import { ensureAuthSecret } from "./auth-secret";
import { parseEnv } from "./env-schema";

/** Every setting of the app, parsed once at start-up. Nothing else reads process.env. */
export const env = parseEnv(process.env);

/** The secret that signs links; `npm start` always provides it, `next dev` and tests fall back to the data folder's. */
export const authSecret = env.AUTH_SECRET ?? ensureAuthSecret();
