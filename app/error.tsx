"use client";

/**
 * An unexpected error, in French, with the reference the server's log gave it (its digest): a
 * person who writes to the organisers can quote it, and the operator finds the line.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenu" className="container">
      <header className="page-intro">
        <h1>Une erreur est survenue</h1>
        <p className="lead">Rien de ce que vous avez saisi n&apos;est perdu côté serveur : réessayez dans un instant.</p>
      </header>
      {error.digest && <p>{`Référence de l'erreur, à indiquer si vous écrivez aux organisateurs : ${error.digest}`}</p>}
      <p>
        <button type="button" className="button" onClick={reset}>
          Réessayer
        </button>
      </p>
    </main>
  );
}
