import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page introuvable" };

export default function NotFound() {
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
