import Link from "next/link";

/** The back office's 404: also what a page answers to an account without access to it, which reveals nothing. */
export default function AdminNotFound() {
  return (
    <div className="container">
      <header className="page-intro">
        <h1>Page introuvable</h1>
        <p className="lead">Cette page n&apos;existe pas, ou votre compte n&apos;y a pas accès.</p>
      </header>
      <p>
        <Link href="/admin">Retour aux journées</Link>
      </p>
    </div>
  );
}
