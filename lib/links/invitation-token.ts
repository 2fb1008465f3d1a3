import "server-only";
import { createHash, createHmac } from "node:crypto";
import { authSecret } from "../env";

/**
 * The secret of an invitation's personal link: 256 bits derived from the app's secret and the
 * invitation (like a manage link), so a resent email carries the same link without the database
 * ever holding it. Only its hash is stored, to find the invitation.
 */
export function invitationTokenFor(invitationId: string): string {
  return createHmac("sha256", authSecret).update(`invitation:${invitationId}`).digest("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** What a token found in a URL must look like before it is hashed and looked up. */
export const isInvitationTokenShape = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
