import type { Metadata } from "next";
import { guestRoleLabel } from "@/lib/registrations/guest-roles";
import { checkInHours } from "@/lib/checkin/check-in-hours";
import { displayTicketCode } from "@/lib/checkin/ticket-code";
import { formatDateTime } from "@/lib/dates";
import { notFound } from "next/navigation";
import { AdminPage } from "@/components/admin/admin-page";
import { ActionButton } from "@/components/ui/action-button";
import { AdminForm } from "@/components/admin/admin-form";
import { FactList } from "@/components/fact-list";
import type { FieldSpec } from "@/components/admin/field-spec";
import { actorName, AUDIT_ACTIONS, CANCELLED_ACTIONS, isAuditAction, REGISTERED_ACTIONS } from "@/lib/audit/actions";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { appErrorMessage } from "@/lib/errors";
import { certificateRefusal } from "@/lib/exports/certificate-rules";
import { EMAIL_KIND_LABELS, OUTBOX_STATUS_LABELS } from "@/lib/mail/email-kind-labels";
import { getRegistrationDetail } from "@/lib/registrations/get-registration-detail";
import { REGISTRATION_STATUS_LABELS } from "@/lib/registrations/list-query";
import { ORGANISATION_TYPE_LABELS, ROLE_LABELS } from "@/lib/registrations/schema";
import {
  cancelRegistrationAction,
  confirmRegistrationAction,
  correctArrivalAction,
  eraseAttendeeAction,
  offerPlaceAction,
  resendCertificateAction,
  resendConfirmationAction,
  saveNoteAction,
} from "./actions";

export const metadata: Metadata = { title: "Inscription" };

const OVER_CAPACITY_REASON: FieldSpec = {
  name: "raison",
  label: "Raison, pour dépasser la capacité",
  type: "text",
  optional: true,
  hint: "Seulement si la journée est complète ; la raison est gardée au journal.",
};

/** « 12/09/2030 10:15, enregistrée par … », and for an admin's correction, why. */
function arrivalText(checkIn: { checkedInAt: Date; byLabel: string; method: string; correctionReason: string | null }): string {
  const when = `${formatDateTime(checkIn.checkedInAt)}, enregistrée par ${checkIn.byLabel}`;
  return checkIn.method === "CORRECTED" ? `${when} après coup (raison : ${checkIn.correctionReason ?? "—"})` : when;
}

export default async function RegistrationPage({ params }: { params: Promise<{ slug: string; registrationId: string }> }) {
  const { slug, registrationId } = await params;
  const { user, event } = await requireAdminEvent(slug, { page: `/inscrits/${registrationId}` });
  const detail = await getRegistrationDetail({ eventId: event.id, registrationId, viewer: user });
  if (!detail) notFound();
  const { registration, history, emails, waitlistRank, answers } = detail;
  // Registrations written before the journal recorded these steps show them from their own dates.
  const recorded = (actions: readonly string[]) => history.some((entry) => actions.includes(entry.action));
  const { attendee } = registration;
  const bound = <A extends unknown[], R>(action: (slug: string, id: string, ...rest: A) => R) => action.bind(null, slug, registration.id);
  const certificate = certificateRefusal(event, event.programme, registration.checkIn?.checkedInAt ?? null, new Date());
  const facts: [string, string][] = [
    ["Email", attendee.email],
    ["Téléphone", attendee.phone ?? "—"],
    ["Organisation", `${attendee.organisation} (${ORGANISATION_TYPE_LABELS[attendee.organisationType]})`],
    ["Fonction", `${attendee.jobTitle} — ${ROLE_LABELS[attendee.role]}`],
    ...(event.kind === "NATIONAL" ? [["Déjeuner", registration.lunch ? "oui" : "non"] as [string, string]] : []),
    ["Régime alimentaire", attendee.dietaryNeeds || "—"],
    ["Besoins d'accessibilité", attendee.accessibilityNeeds || "—"],
    ["Inscrit·e le", formatDateTime(registration.createdAt)],
    ["Code du billet", registration.ticketCode ? displayTicketCode(registration.ticketCode) : "—"],
    ["Arrivée", registration.checkIn ? arrivalText(registration.checkIn) : "pas encore arrivé·e"],
  ];

  return (
    <AdminPage
      title={`${attendee.firstName} ${attendee.lastName}`}
      back={{ href: `/admin/evenements/${slug}/inscrits`, label: `Inscrit·es : ${event.title}` }}
      lead={
        <>
          {REGISTRATION_STATUS_LABELS[registration.status]}
          {waitlistRank !== null && ` (position ${waitlistRank} sur la liste d'attente)`}
          {registration.status === "OFFERED" && registration.waitlistEntry?.offerExpiresAt && ` jusqu'au ${formatDateTime(registration.waitlistEntry.offerExpiresAt)}`}
          {registration.guestRole && ` — invité·e : ${guestRoleLabel(registration.guestRole)}`}
        </>
      }
      narrow
    >

      <FactList facts={facts} panel />
      {registration.checkIn && registration.status === "CONFIRMED" && (
        <p>
          {certificate ? (
            appErrorMessage(certificate.code, certificate.detail)
          ) : (
            <a href={`/api/admin/events/${slug}/exports/certificates?format=pdf&inscription=${registration.id}`}>Télécharger son attestation de présence (PDF)</a>
          )}
        </p>
      )}
      {registration.checkIn && registration.status === "CONFIRMED" && !certificate && new Date() >= event.endsAt && (
        <>
          <p>{registration.certificateSentAt ? `Attestation envoyée par email le ${formatDateTime(registration.certificateSentAt)}.` : "Attestation pas encore envoyée par email."}</p>
          <ActionButton action={bound(resendCertificateAction)} label={registration.certificateSentAt ? "Renvoyer l'attestation par email" : "Envoyer l'attestation par email"} />
        </>
      )}

      {answers.length > 0 && (
        <section aria-labelledby="reponses" className="section">
          <h2 id="reponses">Réponses aux questions</h2>
          <FactList
            facts={answers.map(({ question, text }): [string, string] => [
              `${question.label}${question.archived ? " (question archivée)" : ""}${question.sensitive ? " (donnée sensible)" : ""}`,
              text,
            ])}
          />
        </section>
      )}

      {registration.status !== "CANCELLED" && (
        <section aria-labelledby="actions" className="section">
          <h2 id="actions">Actions</h2>
          <div className="button-row">
            {registration.status === "CONFIRMED" && <ActionButton action={bound(resendConfirmationAction)} label="Renvoyer la confirmation" />}
            <ActionButton action={bound(cancelRegistrationAction)} label="Annuler l'inscription" variant="danger" />
          </div>
          {(registration.status === "WAITLISTED" || registration.status === "OFFERED") && (
            <AdminForm
              action={bound(confirmRegistrationAction)}
              groups={registration.status === "WAITLISTED" && user.role === "ADMIN" ? [{ fields: [OVER_CAPACITY_REASON] }] : []}
              initial={{}}
              submitLabel="Confirmer l'inscription"
              errorTitle="L'inscription n'a pas été confirmée"
            />
          )}
          {registration.status === "WAITLISTED" && (
            <AdminForm
              action={bound(offerPlaceAction)}
              groups={user.role === "ADMIN" ? [{ fields: [{ ...OVER_CAPACITY_REASON, name: "raisonProposition" }] }] : []}
              initial={{}}
              submitLabel="Proposer une place"
              errorTitle="Aucune place n'a été proposée"
            />
          )}
        </section>
      )}

      {user.role === "ADMIN" && registration.status === "CONFIRMED" && (
        <section aria-labelledby="arrivee" className="section">
          <h2 id="arrivee">{registration.checkIn ? "Corriger l'arrivée" : "Enregistrer une arrivée après coup"}</h2>
          <p>{`Une arrivée que l'accueil n'a pas enregistrée, ou mal : l'heure, pendant l'accueil de la journée (ouvert ${checkInHours(event)}), et la raison, gardée au journal.`}</p>
          <AdminForm
            action={bound(correctArrivalAction)}
            groups={[
              {
                fields: [
                  { name: "heure", label: "Heure d'arrivée", type: "time" },
                  { name: "raison", label: "Raison", type: "text", hint: "Par exemple : arrivée par l'entrée des intervenant·es, non scannée." },
                ],
              },
            ]}
            initial={{}}
            submitLabel="Enregistrer l'arrivée"
            errorTitle="L'arrivée n'a pas été enregistrée"
          />
        </section>
      )}

      {user.role === "ADMIN" && (
        <section aria-labelledby="donnees" className="section">
          <h2 id="donnees">Données personnelles</h2>
          {attendee.anonymisedAt ? (
            <p>{`Données effacées le ${formatDateTime(attendee.anonymisedAt)}.`}</p>
          ) : (
            <>
              <p>
                <a href={`/api/admin/attendees/${attendee.id}`}>Exporter tout ce qui est conservé sur cette personne (JSON)</a>
              </p>
              <AdminForm
                action={bound(eraseAttendeeAction)}
                groups={[
                  {
                    fields: [
                      {
                        name: "confirmation",
                        label: "Effacer cette personne, à sa demande",
                        type: "checkboxes",
                        options: [{ value: "oui", label: "Je confirme : ses inscriptions sont annulées et ses données anonymisées, définitivement." }],
                      },
                    ],
                  },
                ]}
                initial={{}}
                submitLabel="Effacer ses données"
                errorTitle="Les données n'ont pas été effacées"
              />
            </>
          )}
        </section>
      )}

      <section aria-labelledby="note-interne" className="section">
        <h2 id="note-interne">Note interne</h2>
        <AdminForm
          action={bound(saveNoteAction)}
          groups={[{ fields: [{ name: "note", label: "Note (jamais montrée à la personne)", type: "textarea", rows: 3, optional: true }] }]}
          initial={{ note: registration.internalNote ?? "" }}
          submitLabel="Enregistrer la note"
          errorTitle="La note n'a pas été enregistrée"
        />
      </section>

      <section aria-labelledby="historique" className="section">
        <h2 id="historique">Historique</h2>
        <ul>
          {!recorded(REGISTERED_ACTIONS) && <li>{`${formatDateTime(registration.createdAt)} : inscription`}</li>}
          {history.map((entry) => (
            <li key={entry.id}>{`${formatDateTime(entry.createdAt)} : ${isAuditAction(entry.action) ? AUDIT_ACTIONS[entry.action] : entry.action} (${actorName(entry)})`}</li>
          ))}
          {registration.cancelledAt && !recorded(CANCELLED_ACTIONS) && <li>{`${formatDateTime(registration.cancelledAt)} : annulation`}</li>}
        </ul>
      </section>

      <section aria-labelledby="emails" className="section">
        <h2 id="emails">Emails</h2>
        {emails.length === 0 ? (
          <p>Aucun email.</p>
        ) : (
          <ul>
            {emails.map((email) => (
              <li key={email.id}>
                {`${formatDateTime(email.createdAt)} : ${EMAIL_KIND_LABELS[email.kind]} — ${OUTBOX_STATUS_LABELS[email.status]}`}
                {email.status === "FAILED" && email.lastError && ` (${email.lastError})`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </AdminPage>
  );
}
