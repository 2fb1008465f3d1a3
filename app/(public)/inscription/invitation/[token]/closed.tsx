import Link from "next/link";

/** What an invitation's link shows once it can no longer be answered (or was never valid). */
export function ClosedInvitation() {
  return (
    <div className="container">
      <header className="page-intro">
        <h1>Cette invitation n&apos;est plus valable</h1>
        <p className="lead">
          Elle a expiré, a été retirée ou a déjà reçu une réponse. Si vous êtes inscrit·e, votre lien de gestion, reçu par
          email, reste valable.
        </p>
      </header>
      <p>
        <Link href="/inscription/lien-perdu">Recevoir à nouveau mon lien de gestion</Link>
      </p>
    </div>
  );
}
