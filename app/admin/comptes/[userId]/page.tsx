import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPage } from "@/components/admin/admin-page";
import { accountGroups, reachValue } from "@/components/admin/account-fields";
import { ActionButton } from "@/components/ui/action-button";
import { AdminForm } from "@/components/admin/admin-form";
import { getUser } from "@/lib/auth/list-users";
import { requireUser } from "@/lib/auth/require-user";
import { listEventChoices } from "@/lib/events/list-event-choices";
import { resendInvitationAction, setActiveAction, updateAccountAction } from "./actions";

export const metadata: Metadata = { title: "Compte" };

export default async function AccountPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  await requireUser({ role: "ADMIN", from: `/admin/comptes/${userId}` });
  const [user, events] = await Promise.all([getUser(userId), listEventChoices()]);
  if (!user) notFound();
  return (
    <AdminPage
      title={user.email}
      back={{ href: "/admin/comptes", label: "Comptes" }}
      lead={user.deactivatedAt ? "Compte désactivé." : user.emailVerified ? "Compte actif." : "Invité, jamais connecté."}
      narrow
    >
      <AdminForm
        action={updateAccountAction.bind(null, user.id)}
        groups={accountGroups(events, { withEmail: false })}
        initial={{ name: user.name ?? "", role: user.role, allEvents: reachValue(user.allEvents), eventIds: user.events.map((access) => access.eventId) }}
        submitLabel="Enregistrer"
        errorTitle="Le compte n'a pas été enregistré"
      />
      <section aria-labelledby="acces" className="section">
        <h2 id="acces">Accès</h2>
        <div className="button-row">
          {!user.deactivatedAt && <ActionButton action={resendInvitationAction.bind(null, user.id)} label="Envoyer un lien de connexion" />}
          {user.deactivatedAt ? (
            <ActionButton action={setActiveAction.bind(null, user.id)} hidden={{ active: "oui" }} label="Réactiver le compte" variant="primary" />
          ) : (
            <ActionButton action={setActiveAction.bind(null, user.id)} hidden={{ active: "non" }} label="Désactiver le compte" variant="danger" />
          )}
        </div>
      </section>
    </AdminPage>
  );
}
