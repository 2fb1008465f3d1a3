import "server-only";
import { createHash, createHmac } from "node:crypto";
import { authSecret } from "../env";

/**
 * The secret of an attendee's manage link: 256 bits derived from the app's secret, so every email
 * (even one sent days later, for an offered place) can carry the link without the database ever
 * holding it. Only its hash is stored, to find the attendee. Changing AUTH_SECRET voids all links.
 */
export function manageTokenFor(attendeeId: string): string {
  return createHmac("sha256", authSecret).update(`manage-link:${attendeeId}`).digest("base64url");
}

export function hashManageToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
