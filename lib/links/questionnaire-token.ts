import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../env";

/**
 * The personal link to a day's questionnaire: « <invite id>.<mac> », the mac derived from the
 * app's secret and the invite (so a reminder carries the same link and the database never holds
 * it). The answers are found by the hash of the mac alone: without AUTH_SECRET, nothing in the
 * database ties a response to the invite, hence to the person.
 */
const macFor = (inviteId: string) => createHmac("sha256", authSecret).update(`questionnaire:${inviteId}`).digest("base64url");

export const questionnaireTokenFor = (inviteId: string): string => `${inviteId}.${macFor(inviteId)}`;

/** The invite a token from a URL names, with the hash that finds its answers; null when forged or malformed. */
export function readQuestionnaireToken(token: string): { inviteId: string; linkHash: string } | null {
  const match = /^([a-z0-9]{10,40})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, inviteId, mac] = match;
  const expected = Buffer.from(macFor(inviteId));
  if (!timingSafeEqual(expected, Buffer.from(mac))) return null;
  return { inviteId, linkHash: createHash("sha256").update(mac).digest("hex") };
}
