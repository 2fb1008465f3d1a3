import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RegistrationSummary } from "@/components/registration/registration-summary";
import { getReceiptView } from "@/lib/registrations/get-receipt-view";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Inscription enregistrée",
  robots: { index: false, follow: false },
};

interface ConfirmationPageProps {
  params: Promise<{ receipt: string }>;
}

export default async function ConfirmationPage({ params }: ConfirmationPageProps) {
  const view = await getReceiptView({ receipt: (await params).receipt });
  if (!view) notFound();
  const waiting = view.registrations.some((registration) => registration.status === "WAITLISTED");

  return (
    <div className="container">
      <header className="page-intro">
        <h1>Votre inscription est enregistrée</h1>
        {view.awaitingEmailConfirmation && (
          <p className="lead">
            <strong>Confirmez votre adresse email</strong>&nbsp;: nous venons de vous écrire. Votre place est réservée
            jusqu&apos;à l&apos;heure indiquée ci-dessous&nbsp;; sans confirmation, elle sera rendue à la liste d&apos;attente.
          </p>
        )}
        {waiting && (
          <p className="lead">
            Si une place se libère sur une journée où vous êtes sur liste d&apos;attente, nous vous l&apos;écrirons
            par email&nbsp;: vous aurez alors un temps limité pour l&apos;accepter.
          </p>
        )}
      </header>

      <section aria-labelledby="vos-journees" className="section">
        <h2 id="vos-journees">Vos journées</h2>
        <ul className="registration-list">
          {view.registrations.map((registration) => (
            <li key={registration.event.slug}>
              <RegistrationSummary registration={registration} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="gerer" className="section">
        <h2 id="gerer">Modifier ou annuler</h2>
        {view.manageToken ? (
          <>
            <p>
              <Link className="button" href={`/inscription/gerer/${view.manageToken}`}>
                Gérer mon inscription
              </Link>
            </p>
            <p className="prose">
              Ce lien vous permet de modifier vos informations ou d&apos;annuler votre inscription. Il n&apos;est affiché
              qu&apos;une fois ici&nbsp;: vous le retrouverez dans l&apos;email de confirmation. Gardez-le pour
              vous&nbsp;: toute personne qui le connaît peut gérer votre inscription.
            </p>
          </>
        ) : (
          <p className="prose">
            Le lien pour gérer votre inscription vous a été envoyé par email. Vous ne le trouvez plus&nbsp;?{" "}
            <Link href="/inscription/lien-perdu">Recevoir à nouveau mon lien</Link>.
          </p>
        )}
      </section>
    </div>
  );
}
