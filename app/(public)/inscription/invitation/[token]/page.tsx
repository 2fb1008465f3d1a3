import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { attendeeChoices } from "@/components/registration/attendee-choices";
import { GuestForm } from "@/components/registration/guest-form";
import { formatLongDate } from "@/lib/dates";
import { deadlineLabel } from "@/lib/invitations/deadline-label";
import { invitationView } from "@/lib/invitations/invitation-view";
import { GUEST_ROLE_LABELS } from "@/lib/invitations/schema";
import { acceptInvitationAction } from "./actions";
import { ClosedInvitation } from "./closed";

export const metadata: Metadata = {
  title: "Votre invitation",
  robots: { index: false, follow: false },
};

/**
 * An invitation's personal link: opening it changes nothing (mail scanners open links). A new
 * address fills the registration form, started from what the organisers typed; a known address,
 * like a join link, is shown nothing of what it holds and confirms with a button.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await invitationView({ token });
  if (!view) return <ClosedInvitation />;
  const accept = acceptInvitationAction.bind(null, token);
  return (
    <div className={view.knownAddress ? "container" : "container container--narrow"}>
      <header className="page-intro">
        <h1>Votre invitation : {view.event.title}</h1>
        <p className="lead">
          {`${formatLongDate(view.event.startsAt)}, ${view.event.city}. Les organisateurs vous invitent en tant que ${GUEST_ROLE_LABELS[view.role].toLowerCase()} : une place vous est réservée jusqu'au ${deadlineLabel(view.expiresAt)}.`}
        </p>
      </header>
      {view.message && (
        <blockquote className="prose">
          {view.message.split(/\n\s*\n/).map((part, index) => (
            <p key={index}>{part}</p>
          ))}
        </blockquote>
      )}
      {view.knownAddress ? (
        <>
          <p className="prose">
            Votre adresse email est déjà connue de notre site&nbsp;: vos informations (nom, organisation, besoins) restent celles
            de votre inscription, modifiables depuis votre lien de gestion.
          </p>
          <ActionButton action={accept} label="Accepter l'invitation" variant="primary" />
        </>
      ) : (
        <GuestForm
          accept={accept}
          initial={{ firstName: view.firstName, lastName: view.lastName, organisation: view.organisation }}
          choices={attendeeChoices()}
          lunch={view.event.kind === "NATIONAL"}
          event={view.event}
          questions={view.questions}
        />
      )}
      <p className="prose">
        Vous ne pourrez pas venir ? <Link href={`/inscription/invitation/${token}/decliner`}>Décliner l&apos;invitation</Link>
      </p>
    </div>
  );
}
