import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { z } from "zod";
import { authSecret } from "../env";

/** What a signed token is for: a token made for one purpose is refused for every other. */
export type TokenPurpose = "receipt" | "join" | "confirm-email";

const sign = (purpose: TokenPurpose, data: string) => createHmac("sha256", authSecret).update(`${purpose}:${data}`).digest("base64url");

/**
 * A small payload in a URL, signed with the app's secret and expiring: it cannot be forged,
 * changed or reused for another purpose, and says nothing that the page it opens does not show.
 */
export function signToken(purpose: TokenPurpose, payload: Record<string, unknown>, expiresAt: Date): string {
  const data = Buffer.from(JSON.stringify({ ...payload, exp: Math.floor(expiresAt.getTime() / 1000) })).toString("base64url");
  return `${data}.${sign(purpose, data)}`;
}

/** The token's payload, or null when it is malformed, tampered with, made for another purpose or expired. */
export function readToken<T>(purpose: TokenPurpose, token: string, schema: z.ZodType<T>, now: Date): T | null {
  if (token.length > 2000) return null;
  const [data, signature, extra] = token.split(".");
  if (!data || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(purpose, data));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const raw: unknown = JSON.parse(Buffer.from(data, "base64url").toString("utf8"));
    const exp = typeof raw === "object" && raw !== null && "exp" in raw ? raw.exp : null;
    if (typeof exp !== "number" || exp * 1000 < now.getTime()) return null;
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
