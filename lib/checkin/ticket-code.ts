import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../env";

const PREFIX = "RESS1";

const signature = (registrationId: string) =>
  createHmac("sha256", authSecret).update(`ticket:${registrationId}`).digest("base64url").slice(0, 16);

/** What the ticket's QR code holds: the registration, signed so that a code cannot be made up. */
export function ticketCode(registrationId: string): string {
  return `${PREFIX}.${registrationId}.${signature(registrationId)}`;
}

/** The registration a scanned code names, or null for a forged or damaged code. */
export function registrationIdFromTicket(code: string): string | null {
  const [prefix, registrationId, given, extra] = code.trim().split(".");
  if (prefix !== PREFIX || !registrationId || !given || extra !== undefined) return null;
  const expected = Buffer.from(signature(registrationId));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? registrationId : null;
}
