import "server-only";
import { createHash, createHmac } from "node:crypto";
import { authSecret } from "../env";

/**
 * The secret of an attendee's manage link: 256 bits derived from the app's secret, the attendee
 * and the link's version, so every email (even one sent days later, for an offered place) can
 * carry the link without the database ever holding it. Only its hash is stored, to find the
 * attendee. A new version (the person asked for a new link) voids the previous link; changing
 * AUTH_SECRET voids them all.
 */
export function manageTokenFor(attendeeId: string, version = 0): string {
  // Version 0 keeps the derivation of the links sent before versions existed.
  const subject = version === 0 ? `manage-link:${attendeeId}` : `manage-link:${attendeeId}:${version}`;
  return createHmac("sha256", authSecret).update(subject).digest("base64url");
}

/**
 * Whether a link signed for this attendee at `version` still stands: the person was not anonymised
 * and has not renewed their manage link since (a renewal voids every link made before it).
 */
export function isCurrentLink(attendee: { anonymisedAt: Date | null; manageTokenVersion: number } | null, version: number): boolean {
  return attendee !== null && attendee.anonymisedAt === null && attendee.manageTokenVersion === version;
}

export function hashManageToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
