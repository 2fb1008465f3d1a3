import "server-only";
import { parseEnv } from "./env-schema";

/** Every setting of the app, parsed once at start-up. Nothing else reads process.env. */
export const env = parseEnv(process.env);
