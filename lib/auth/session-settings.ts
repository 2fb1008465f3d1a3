import { env } from "../env";

/** A session ends after this long without a request… */
export const SESSION_IDLE_MINUTES = 120;
/** …and in any case this long after signing in (the cookie's own lifetime). */
export const SESSION_MAX_HOURS = 12;
/** Activity is written at most this often, not at every request. */
export const SESSION_TOUCH_MINUTES = 5;

/** next-auth's cookie: the __Secure- prefix on an HTTPS site, as next-auth names it itself. */
export const secureCookies = env.APP_URL.startsWith("https://");
export const SESSION_COOKIE = `${secureCookies ? "__Secure-" : ""}next-auth.session-token`;
