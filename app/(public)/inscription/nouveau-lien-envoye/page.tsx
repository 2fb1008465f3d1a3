import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Nouveau lien envoyé",
  robots: { index: false, follow: false },
};

/** After « envoyez-moi un nouveau lien » : the old link no longer works, the new one is in the mailbox. */
export default function NewLinkSentPage() {
  return (
    <div className="container">
      <header className="page-intro">
        <h1>Un nouveau lien vous a été envoyé</h1>
        <p className="lead">
          Le lien que vous venez d&apos;utiliser ne fonctionne plus. Le nouveau lien pour gérer votre inscription est dans
          l&apos;email que nous venons de vous envoyer.
        </p>
      </header>
      <p className="prose">
        Vous ne le recevez pas&nbsp;? Regardez dans les courriers indésirables, ou{" "}
        <Link href="/inscription/lien-perdu">demandez-le à nouveau</Link>.
      </p>
    </div>
  );
}
