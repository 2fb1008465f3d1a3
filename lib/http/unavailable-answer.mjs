// The answer of every route while the database does not answer (docs/decisions/009): a 503 with
// Retry-After, in French, JSON under /api/ and a page elsewhere. Plain JavaScript so that the
// front door (lib/front-door/outage-answer.ts, api-requests.ts) sends it as well as the proxy.

import { RETRY_AFTER_SECONDS } from "../db/outage-retry.mjs";

export { RETRY_AFTER_SECONDS };

/** The same words as lib/errors.ts's UNAVAILABLE (a test keeps them equal). */
export const UNAVAILABLE_MESSAGE = "Le service est momentanément indisponible, réessayez dans quelques instants.";

/**
 * The state lib/db/client.ts publishes for this process: since when the database does not answer,
 * since when it refuses writes (null when it does not). Absent before the app first used it.
 */
function monitor() {
  return globalThis.rencontresDatabaseOutage;
}

/** The database does not answer: every request is answered 503 without trying it. */
export function databaseUnreachable() {
  return (monitor()?.unreachableSince ?? null) !== null;
}

/** The database does not answer or refuses writes: an error answer (500) is most likely that. */
export function databaseUnavailable() {
  const state = monitor();
  return (state?.unreachableSince ?? null) !== null || (state?.writesRefusedSince ?? null) !== null;
}

const PAGE = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Service momentanément indisponible · Rencontres ESS</title>
<style>
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; background: #fff; line-height: 1.5; }
main { max-width: 40rem; margin: 4rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.75rem; line-height: 1.25; }
a { color: #000091; }
</style>
</head>
<body>
<main id="contenu">
<h1>Service momentanément indisponible</h1>
<p>${UNAVAILABLE_MESSAGE}</p>
<p>Ce qui a déjà été enregistré est conservé : aucune inscription confirmée n'est perdue.</p>
<p><a href="/">Revenir à l'accueil des Rencontres ESS</a></p>
</main>
</body>
</html>
`;

/** The 503's body and headers for a request's path: JSON under /api/, the French page elsewhere. */
export function unavailableAnswer(pathname) {
  const json = pathname.startsWith("/api/");
  return {
    status: 503,
    body: json ? JSON.stringify({ error: UNAVAILABLE_MESSAGE, code: "UNAVAILABLE" }) : PAGE,
    headers: {
      "Content-Type": json ? "application/json" : "text/html; charset=utf-8",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
    },
  };
}
