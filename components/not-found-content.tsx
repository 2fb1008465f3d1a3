import Link from "next/link";

/** What a 404 says, inside whichever frame the address falls in. */
export function NotFoundContent() {
  return (
    <div className="container">
      <header className="page-intro">
        <h1>Page introuvable</h1>
        <p className="lead">La page que vous cherchez n&apos;existe pas ou n&apos;est plus en ligne.</p>
      </header>
      <p>
        <Link href="/">Retour à l&apos;accueil</Link>
      </p>
    </div>
  );
}
