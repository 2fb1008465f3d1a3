import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { InvitationImport } from "@/components/admin/invitation-import";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { GUEST_ROLE_OPTIONS, invitationDefaults } from "@/lib/invitations/invitation-form";
import { previewInvitationsAction, sendInvitationsAction } from "../actions";

export const metadata: Metadata = { title: "Inviter plusieurs personnes" };

/** A pasted or uploaded list of people to invite: previewed line by line, then sent. */
export default async function InvitationImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { event } = await requireAdminEvent(slug, { page: "/invitations/import" });
  return (
    <AdminPage
      title={`Inviter plusieurs personnes : ${event.title}`}
      back={{ href: `/admin/evenements/${slug}/invitations`, label: "Places réservées et invitations" }}
      lead="Collez les lignes d'un tableur ou choisissez un fichier CSV : une personne par ligne, « email;prénom;nom;organisation ». L'aperçu signale chaque ligne à corriger ; seules les lignes valides sont envoyées."
      narrow
    >
      <InvitationImport
        preview={previewInvitationsAction.bind(null, slug)}
        send={sendInvitationsAction.bind(null, slug)}
        roles={GUEST_ROLE_OPTIONS}
        initial={invitationDefaults(event)}
      />
    </AdminPage>
  );
}
