/**
 * Pages whose URL carries a token: no Referer may take it to another site. `same-origin` rather
 * than `no-referrer`: with the latter, browsers post forms with `Origin: null`, which Next.js's
 * check of server actions refuses, and the forms of these pages must work without JavaScript.
 */
const TOKEN_PATHS = [/^\/inscription\/(gerer|confirmation|ajouter|confirmer-adresse)\//, /^\/questionnaire\//, /^\/api\/registrations\/[^/]+/];

/** Responses with personal data (the back office, a person's own pages and API, their questionnaire's answers): never kept by a cache. */
const PERSONAL_PATHS = [/^\/admin(\/|$)/, /^\/inscription\/(gerer|confirmation|ajouter|confirmer-adresse)\//, /^\/questionnaire\//, /^\/api\/(admin|registrations|auth)(\/|$)/];

/** The door reads QR codes with the camera and its WebAssembly decoder. */
const DOOR_PATH = /^\/admin\/evenements\/[^/]+\/accueil$/;

export interface SecurityContext {
  pathname: string;
  /** This response's script nonce (Next.js puts it on its own scripts). */
  nonce: string;
  /** APP_URL is https: HSTS and upgraded requests. */
  https: boolean;
  /** `next dev`: React needs eval for its debugging aids. */
  development: boolean;
}

/**
 * The security headers of a response: a Content-Security-Policy whose scripts need this request's
 * nonce (no inline script runs otherwise), no framing, HSTS on https, no Referer from token pages,
 * the camera only at the door, and no caching of personal data.
 */
export function securityHeaders({ pathname, nonce, https, development }: SecurityContext): Record<string, string> {
  const door = DOOR_PATH.test(pathname);
  const scripts = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(door ? [`'wasm-unsafe-eval'`] : []), ...(development ? [`'unsafe-eval'`] : [])];
  const policy = [
    `default-src 'self'`,
    `script-src ${scripts.join(" ")}`,
    // React's style attributes (e.g. a chart's bar widths) are inline styles; no script can hide there.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `media-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return {
    "Content-Security-Policy": policy.join("; "),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": TOKEN_PATHS.some((path) => path.test(pathname)) ? "same-origin" : "strict-origin-when-cross-origin",
    "Permissions-Policy": `camera=${door ? "(self)" : "()"}, microphone=(), geolocation=(), payment=(), usb=()`,
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
    ...(PERSONAL_PATHS.some((path) => path.test(pathname)) ? { "Cache-Control": "no-store" } : {}),
  };
}

/**
 * The security headers of a JSON API answer, set by the front door (lib/front-door/) before
 * the route runs: the API renders no HTML, so its policy allows nothing (no nonce to make); no
 * Referer from token addresses, no caching of personal data, HSTS on https.
 */
export function apiSecurityHeaders(pathname: string, { https }: { https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": TOKEN_PATHS.some((path) => path.test(pathname)) ? "same-origin" : "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
    ...(PERSONAL_PATHS.some((path) => path.test(pathname)) ? { "Cache-Control": "no-store" } : {}),
  };
}
