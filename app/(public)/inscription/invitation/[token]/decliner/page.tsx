import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { formatLongDate } from "@/lib/dates";
import { invitationView } from "@/lib/invitations/invitation-view";
import { declineInvitationAction } from "../actions";
import { ClosedInvitation } from "../closed";

export const metadata: Metadata = {
  title: "Décliner l'invitation",
  robots: { index: false, follow: false },
};

/** The decline link of an invitation: the button declines (opening the page changes nothing). */
export default async function DeclineInvitationPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ reponse?: string }> }) {
  const { token } = await params;
  // After the button: the answer is recorded (the page says only that, whatever the link).
  if ((await searchParams).reponse === "enregistree") {
    return (
      <div className="container container--narrow">
        <header className="page-intro">
          <h1>Votre réponse est enregistrée</h1>
          <p className="lead" role="status">
            Votre réponse est enregistrée : vous avez décliné l&apos;invitation. Merci de nous avoir prévenus.
          </p>
        </header>
      </div>
    );
  }
  const view = await invitationView({ token });
  if (!view) return <ClosedInvitation />;
  return (
    <div className="container container--narrow">
      <header className="page-intro">
        <h1>Décliner l&apos;invitation</h1>
        <p className="lead">{`${view.event.title}, ${formatLongDate(view.event.startsAt)}, ${view.event.city}.`}</p>
      </header>
      <p className="prose">La place qui vous était réservée sera proposée à quelqu&apos;un d&apos;autre.</p>
      <ActionButton action={declineInvitationAction.bind(null, token)} label="Je ne viendrai pas : décliner l'invitation" variant="danger" />
    </div>
  );
}
