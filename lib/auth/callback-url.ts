import "server-only";
import { env } from "../env";
import { secureCookies } from "./session-settings";

/** Where next-auth reads the address to return to after signing in: the query, then its cookie. */
const CALLBACK_COOKIE = `${secureCookies ? "__Secure-" : ""}next-auth.callback-url`;

/** A path of this site, or an address on its own origin: anything else (`javascript:`, another site) is not a return address. */
export function isReturnAddress(value: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\");
  try {
    return new URL(value).origin === new URL(env.APP_URL).origin;
  } catch {
    return false;
  }
}

/**
 * Whether a request to next-auth carries a return address it would throw on (a 500 with a stack):
 * such a request is answered with a French 400 before next-auth sees it. (Its redirect callback
 * sends every sign-in to /admin anyway: lib/auth/options.ts.)
 */
export function hasForeignReturnAddress(request: Request): boolean {
  const fromQuery = new URL(request.url).searchParams.getAll("callbackUrl");
  const cookie = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${CALLBACK_COOKIE}=`));
  const fromCookie = cookie ? [safeDecode(cookie.slice(CALLBACK_COOKIE.length + 1))] : [];
  return [...fromQuery, ...fromCookie].some((value) => value !== "" && !isReturnAddress(value));
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};
