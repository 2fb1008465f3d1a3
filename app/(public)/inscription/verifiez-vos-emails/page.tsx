import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Vérifiez votre messagerie",
  robots: { index: false, follow: false },
};

/**
 * Where a submission with an address already known leads, whatever the address holds: nothing
 * was changed, and the owner of the address decides by email.
 */
export default function CheckMailboxPage() {
  return (
    <div className="container">
      <header className="page-intro">
        <h1>Vérifiez votre messagerie</h1>
        <p className="lead">
          Cette adresse email est déjà connue de notre site. Pour protéger les inscriptions de chacun, rien n&apos;a été
          modifié&nbsp;: un email vient d&apos;être envoyé à cette adresse avec un lien pour confirmer la demande.
        </p>
      </header>
      <div className="prose">
        <p>
          La place est attribuée au moment où le lien est utilisé&nbsp;: si la journée est complète entre-temps, la
          demande rejoint la liste d&apos;attente. Le lien est valable pendant une durée limitée.
        </p>
        <p>
          Vous ne trouvez pas l&apos;email&nbsp;? Regardez dans les courriers indésirables, ou{" "}
          <Link href="/inscription/lien-perdu">demandez le lien de gestion de votre inscription</Link>.
        </p>
      </div>
    </div>
  );
}
