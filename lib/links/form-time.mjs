// The signed time a public form was shown (lib/links/form-guard.ts). Plain JavaScript so that
// the front door.s page cache (lib/front-door/page-cache.ts) can give each copy of a cached
// page its own time, as the app would.
import { createHmac } from "node:crypto";

/** The signature of a form time: 22 characters of an HMAC with the app's secret. */
export function formTimeSignature(secret, time) {
  return createHmac("sha256", secret).update(`form:${time}`).digest("base64url").slice(0, 22);
}

/** The hidden field's value for a form shown at `ms` (milliseconds since 1970). */
export function signedFormTime(secret, ms) {
  const time = String(ms);
  return `${time}.${formTimeSignature(secret, time)}`;
}
