import "server-only";
import { createHash, createHmac } from "node:crypto";
import { authSecret, env } from "../env";

/** A sign-in link works once, for this long. */
export const SIGN_IN_LINK_MINUTES = 15;

/**
 * The secret of a sign-in link, derived from the app's secret and a random nonce kept with the
 * outbox email, so the email can be rendered when it is sent while the database never holds a
 * usable token.
 */
export function signInToken(nonce: string): string {
  return createHmac("sha256", authSecret).update(`sign-in:${nonce}`).digest("base64url");
}

/** What the VerificationToken row keeps: next-auth's own hash (sha256 of token + secret), which its callback recomputes. */
export function hashVerificationToken(token: string): string {
  return createHash("sha256").update(`${token}${authSecret}`).digest("hex");
}

/** The link of the email: next-auth's email callback, which checks the token and opens the session. */
export function signInUrl({ email, token, callbackPath }: { email: string; token: string; callbackPath: string }): string {
  const url = new URL("/api/auth/callback/email", env.APP_URL);
  url.searchParams.set("callbackUrl", new URL(callbackPath, env.APP_URL).toString());
  url.searchParams.set("token", token);
  url.searchParams.set("email", email);
  return url.toString();
}
