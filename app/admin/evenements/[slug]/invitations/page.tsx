import type { Metadata } from "next";
import Link from "next/link";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminPage } from "@/components/admin/admin-page";
import { ActionButton } from "@/components/ui/action-button";
import { formatDateTime, toParisIsoLocal } from "@/lib/dates";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { GUEST_ROLE_OPTIONS, invitationDefaults } from "@/lib/invitations/invitation-form";
import { countByState, listInvitations } from "@/lib/invitations/list-invitations";
import { GUEST_ROLE_LABELS, INVITATION_STATE_LABELS } from "@/lib/invitations/schema";
import { placeCounts } from "@/lib/registrations/reserved-places";
import { inviteOneAction, inviteSpeakerAction, resendInvitationAction, setReservedPlacesAction, withdrawInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Places réservées et invitations" };

/** A day's reserved places and the people invited to take them: who, in what role, and their answer. */
export default async function InvitationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, event } = await requireAdminEvent(slug, { page: "/invitations" });
  const [invitations, counts] = await Promise.all([listInvitations(event.id), placeCounts([event])]);
  const places = counts.get(event.id);
  const byState = countByState(invitations);
  const invited = new Set(invitations.filter((row) => row.state === "SENT" || row.state === "ACCEPTED").map((row) => row.email));
  const speakers = [...new Map(event.programme.flatMap((item) => item.speakers.map(({ speaker }) => [speaker.id, speaker] as const))).values()];
  const admin = user.role === "ADMIN";

  return (
    <AdminPage
      title={`Places réservées et invitations : ${event.title}`}
      back={{ href: `/admin/evenements/${slug}`, label: event.title }}
      lead="Les places réservées ne sont pas proposées au public ; les personnes invitées les prennent avec leur lien personnel, même quand la journée est complète."
    >
      <section aria-labelledby="places-reservees" className="section">
        <h2 id="places-reservees">Places réservées</h2>
        <ul className="counts">
          <li>
            <strong>{event.reservedPlaces}</strong> place{event.reservedPlaces > 1 ? "s" : ""} réservée{event.reservedPlaces > 1 ? "s" : ""} sur {event.capacity}
            {event.reservedReleasedAt && ` (libérées pour le public le ${formatDateTime(event.reservedReleasedAt)})`}
          </li>
          {!event.reservedReleasedAt && (
            <li>
              <strong>{places?.takenByGuests ?? 0}</strong> prise{(places?.takenByGuests ?? 0) > 1 ? "s" : ""} par des personnes invitées,{" "}
              <strong>{Math.max(0, (places?.reserved ?? 0) - (places?.takenByGuests ?? 0))}</strong> encore libre{(places?.reserved ?? 0) - (places?.takenByGuests ?? 0) > 1 ? "s" : ""}
            </li>
          )}
          {event.reservedReleaseAt && !event.reservedReleasedAt && <li>Libération pour le public prévue le {formatDateTime(event.reservedReleaseAt)}</li>}
        </ul>
        {admin && (
          <AdminForm
            action={setReservedPlacesAction.bind(null, slug)}
            groups={[
              {
                fields: [
                  { name: "reservedPlaces", label: "Nombre de places réservées", type: "number", hint: "Comprises dans la capacité : le public ne peut pas les prendre." },
                  {
                    name: "reservedReleaseAt",
                    label: "Libérer les places non prises le",
                    type: "datetime-local",
                    optional: true,
                    hint: "À cette date, les places réservées restées libres vont au public et à la liste d'attente. Vide : gardées jusqu'à la journée.",
                  },
                ],
              },
            ]}
            initial={{ reservedPlaces: String(event.reservedPlaces), reservedReleaseAt: event.reservedReleaseAt ? toParisIsoLocal(event.reservedReleaseAt) : "" }}
            submitLabel="Enregistrer les places réservées"
            errorTitle="Les places réservées n'ont pas été enregistrées"
            variant="secondary"
          />
        )}
      </section>

      <section aria-labelledby="invitations" className="section">
        <h2 id="invitations">Invitations</h2>
        <p>
          {`${invitations.length} invitation${invitations.length > 1 ? "s" : ""} : ${byState.SENT} envoyée${byState.SENT > 1 ? "s" : ""} sans réponse, ${byState.ACCEPTED} acceptée${byState.ACCEPTED > 1 ? "s" : ""}, ${byState.DECLINED} déclinée${byState.DECLINED > 1 ? "s" : ""}, ${byState.EXPIRED} expirée${byState.EXPIRED > 1 ? "s" : ""}.`}
        </p>
        {invitations.length > 0 && (
          <div className="table-wrapper" role="region" aria-labelledby="invitations-caption" tabIndex={0}>
            <table className="table">
              <caption id="invitations-caption">Invitations de la journée</caption>
              <thead>
                <tr>
                  <th scope="col">Personne</th>
                  <th scope="col">Rôle</th>
                  <th scope="col">État</th>
                  <th scope="col">Réponse attendue avant le</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((row) => (
                  <tr key={row.id}>
                    <td>
                      {row.firstName} {row.lastName}
                      <span className="table__secondary">{row.email}</span>
                      {row.organisation && <span className="table__secondary">{row.organisation}</span>}
                    </td>
                    <td>{GUEST_ROLE_LABELS[row.role]}</td>
                    <td>
                      {INVITATION_STATE_LABELS[row.state]}
                      {row.registration && (
                        <span className="table__secondary">
                          <Link href={`/admin/evenements/${slug}/inscrits/${row.registration.id}`}>Voir l&apos;inscription</Link>
                        </span>
                      )}
                    </td>
                    <td>{formatDateTime(row.expiresAt)}</td>
                    <td>
                      {row.state === "SENT" && (
                        <>
                          <ActionButton action={resendInvitationAction.bind(null, slug, row.id)} label={`Renvoyer à ${row.email}`} />
                          <ActionButton action={withdrawInvitationAction.bind(null, slug, row.id)} label={`Retirer l'invitation de ${row.email}`} variant="danger" />
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p>
          <Link className="button button--secondary" href={`/admin/evenements/${slug}/invitations/import`}>
            Inviter plusieurs personnes (liste ou fichier CSV)
          </Link>
        </p>
      </section>

      {speakers.length > 0 && (
        <section aria-labelledby="intervenants" className="section">
          <h2 id="intervenants">Intervenant·es du programme</h2>
          <ul className="admin-links">
            {speakers.map((speaker) => (
              <li key={speaker.id}>
                {speaker.name}
                {speaker.title && `, ${speaker.title}`}
                {" : "}
                {!speaker.email ? (
                  admin ? (
                    <Link href={`/admin/intervenants/${speaker.id}`}>ajouter son adresse email pour l&apos;inviter</Link>
                  ) : (
                    "pas d'adresse email"
                  )
                ) : invited.has(speaker.email) ? (
                  "invitation envoyée"
                ) : (
                  <ActionButton action={inviteSpeakerAction.bind(null, slug, speaker.id)} label={`Inviter ${speaker.name} (intervenant·e)`} />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="inviter" className="section">
        <h2 id="inviter">Inviter une personne</h2>
        <AdminForm
          action={inviteOneAction.bind(null, slug)}
          groups={[
            {
              fields: [
                { name: "email", label: "Adresse email", type: "email", autoComplete: "off" },
                { name: "firstName", label: "Prénom", type: "text", autoComplete: "off" },
                { name: "lastName", label: "Nom", type: "text", autoComplete: "off" },
                { name: "organisation", label: "Organisation", type: "text", optional: true },
                { name: "role", label: "Rôle", type: "select", options: GUEST_ROLE_OPTIONS },
                { name: "message", label: "Message", type: "textarea", rows: 3, optional: true, hint: "Ajouté à l'email d'invitation." },
                { name: "expiresAt", label: "Réponse attendue avant le", type: "datetime-local" },
                { name: "reminderDays", label: "Rappel, jours avant cette date", type: "number", optional: true, hint: "Vide ou 0 : pas de rappel." },
              ],
            },
          ]}
          initial={invitationDefaults(event)}
          submitLabel="Envoyer l'invitation"
          errorTitle="L'invitation n'a pas été envoyée"
        />
      </section>
    </AdminPage>
  );
}
