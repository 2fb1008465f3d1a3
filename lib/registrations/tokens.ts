import { createHash, randomBytes } from "node:crypto";

/** A manage-link token: 256 random bits, base64url (43 characters). */
export function generateManageToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this hash is stored, so a database leak gives no working link. */
export function hashManageToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
