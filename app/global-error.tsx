"use client";

import "./globals.css";

/** The last resort, when the document shell itself failed: the same French page, with its own html. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="fr">
      <body>
        <main className="container">
          <h1>Une erreur est survenue</h1>
          <p>Réessayez dans un instant.</p>
          {error.digest && <p>{`Référence de l'erreur : ${error.digest}`}</p>}
        </main>
      </body>
    </html>
  );
}
