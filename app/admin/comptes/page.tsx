import type { Metadata } from "next";
import Link from "next/link";
import { AdminPage } from "@/components/admin/admin-page";
import { accountGroups, reachValue } from "@/components/admin/account-fields";
import { AdminForm } from "@/components/admin/admin-form";
import { listUsers, type UserWithEvents } from "@/lib/auth/list-users";
import { requireUser } from "@/lib/auth/require-user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listEventChoices } from "@/lib/events/list-event-choices";
import { inviteAction } from "./actions";

/** Which days an account reaches, in words: an organiser with no day reaches none. */
function reachLabel(user: UserWithEvents): string {
  if (user.role === "ADMIN" || user.allEvents) return "Toutes";
  return user.events.length === 0 ? "Aucune" : user.events.map((access) => access.event.title).join(", ");
}

export const metadata: Metadata = { title: "Comptes" };

export default async function AccountsPage() {
  await requireUser({ role: "ADMIN", from: "/admin/comptes" });
  const [users, events] = await Promise.all([listUsers(), listEventChoices()]);
  return (
    <AdminPage title="Comptes" lead="Qui peut se connecter à l'espace des organisateurs. La connexion se fait par un lien envoyé par email, sans mot de passe.">
      <section aria-labelledby="liste" className="section">
        <h2 id="liste">Les comptes</h2>
        <div className="table-wrapper" role="region" aria-labelledby="comptes-caption" tabIndex={0}>
          <table className="table">
            <caption id="comptes-caption" className="visually-hidden">
              Comptes de l&apos;espace des organisateurs
            </caption>
            <thead>
              <tr>
                <th scope="col">Adresse</th>
                <th scope="col">Rôle</th>
                <th scope="col">Journées</th>
                <th scope="col">État</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link href={`/admin/comptes/${user.id}`}>{user.email}</Link>
                    {user.name && <span className="table__secondary">{user.name}</span>}
                  </th>
                  <td>{ROLE_LABELS[user.role]}</td>
                  <td>{reachLabel(user)}</td>
                  <td>{user.deactivatedAt ? "Désactivé" : user.emailVerified ? "Actif" : "Invité, jamais connecté"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="inviter" className="section">
        <h2 id="inviter">Inviter une personne</h2>
        <AdminForm
          action={inviteAction}
          groups={accountGroups(events, { withEmail: true })}
          initial={{ role: "ORGANISER", allEvents: reachValue(false) }}
          submitLabel="Créer le compte et envoyer l'invitation"
          errorTitle="Le compte n'a pas été créé"
        />
      </section>
    </AdminPage>
  );
}
