import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { formatLongDate } from "@/lib/dates";
import { joinLinkView } from "@/lib/registrations/join-link";
import { addDays } from "./actions";

export const metadata: Metadata = {
  title: "Confirmer une demande d'inscription",
  robots: { index: false, follow: false },
};

interface AddDaysPageProps {
  params: Promise<{ token: string }>;
}

/**
 * The link emailed to a known address that someone used in the form: opening it changes nothing
 * (mail scanners open links), the button adds the days.
 */
export default async function AddDaysPage({ params }: AddDaysPageProps) {
  const { token } = await params;
  const view = await joinLinkView({ token });
  if (!view) {
    return (
      <div className="container">
        <header className="page-intro">
          <h1>Ce lien n&apos;est plus valable</h1>
          <p className="lead">
            Il a expiré, ou un lien plus récent l&apos;a remplacé. Vos inscriptions n&apos;ont pas changé.
          </p>
        </header>
        <p>
          <Link href="/inscription">Refaire une demande d&apos;inscription</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="container">
      <header className="page-intro">
        <h1>Confirmer votre demande d&apos;inscription</h1>
        <p className="lead">Une inscription a été demandée avec votre adresse email pour&nbsp;:</p>
      </header>
      <ul className="prose">
        {view.events.map((event) => (
          <li key={event.slug}>
            <strong>{event.title}</strong>, {formatLongDate(event.startsAt)}
            {event.kind === "NATIONAL" && ` (déjeuner sur place : ${view.lunch ? "oui" : "non"})`}
          </li>
        ))}
      </ul>
      <p className="prose">
        Vos informations (nom, organisation, besoins) restent celles de votre inscription&nbsp;: vous pourrez les modifier
        depuis votre lien de gestion. La place est attribuée maintenant s&apos;il en reste, sinon vous rejoindrez la liste
        d&apos;attente.
      </p>
      <ActionButton action={addDays.bind(null, token)} label="Confirmer ces journées" variant="primary" />
      <p className="prose">Si vous n&apos;êtes pas à l&apos;origine de cette demande, fermez simplement cette page.</p>
    </div>
  );
}
