import type { Metadata } from "next";
import Link from "next/link";
import { AdminPage } from "@/components/admin/admin-page";
import { AdminEventFacts } from "@/components/admin/event-facts-admin";
import { ActionButtons } from "@/components/ui/action-button";
import { BarChart } from "@/components/admin/bar-chart";
import { BreakdownTable } from "@/components/admin/breakdown-table";
import { AdminProgramme } from "@/components/admin/admin-programme";
import { EventStatusTag } from "@/components/admin/event-status";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { listAdminEvents } from "@/lib/events/list-admin-events";
import { cateringSummary } from "@/lib/registrations/catering-summary";
import { eventStatistics } from "@/lib/registrations/event-statistics";
import { questionStatistics } from "@/lib/questions/question-statistics";
import { ORGANISATION_TYPE_LABELS, ORGANISATION_TYPES, ROLE_LABELS, ROLES } from "@/lib/registrations/schema";
import type { EventStatus } from "@/lib/events/admin-event-types";
import { ActionButton } from "@/components/ui/action-button";
import { certificatesStatus, type AutomaticSending } from "@/lib/certificates/certificates-status";
import { CERTIFICATES_CATCH_UP_DAYS } from "@/lib/certificates/send-time";
import { formatLongDate, formatTime } from "@/lib/dates";
import { appErrorMessage } from "@/lib/errors";
import { sendCertificatesAction, setStatusAction } from "./actions";

export const metadata: Metadata = { title: "Journée" };

const STATUS_BUTTONS: Record<EventStatus, { status: EventStatus; label: string; variant: "primary" | "secondary" | "danger" }[]> = {
  DRAFT: [{ status: "PUBLISHED", label: "Publier et ouvrir les inscriptions", variant: "primary" }],
  PUBLISHED: [
    { status: "CLOSED", label: "Fermer les inscriptions", variant: "secondary" },
    { status: "DRAFT", label: "Dépublier", variant: "danger" },
  ],
  CLOSED: [
    { status: "PUBLISHED", label: "Rouvrir les inscriptions", variant: "primary" },
    { status: "DRAFT", label: "Dépublier", variant: "danger" },
  ],
};

const onDate = (at: Date) => `le ${formatLongDate(at)} à ${formatTime(at)}`;

function automaticSendingLine(automatic: AutomaticSending): string {
  switch (automatic.state) {
    case "OFF":
      return "Pas d'envoi automatique par email pour cette journée (réglage de la journée).";
    case "PLANNED":
      return `Envoyées par email ${onDate(automatic.at)} à chaque personne dont l'arrivée a été enregistrée pendant la journée (une fois chacune).`;
    case "NO_SIGNATORY":
      return `Envoi par email prévu ${onDate(automatic.at)}, mais aucune attestation ne partira tant que la journée n'a pas de signataire.`;
    case "LAPSED":
      return `L'envoi automatique prévu ${onDate(automatic.at)} n'a pas eu lieu et ne se fera plus de lui-même (plus de ${CERTIFICATES_CATCH_UP_DAYS} jours ont passé).`;
  }
}

export default async function AdminEventPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ creee?: string }> }) {
  const { slug } = await params;
  const { user, event } = await requireAdminEvent(slug, {});
  const { creee } = await searchParams;
  const [rows, statistics, catering, tallies, certificates] = await Promise.all([
    listAdminEvents(user, { slug }),
    eventStatistics(event.id),
    cateringSummary(event),
    questionStatistics(event.id),
    certificatesStatus(event),
  ]);
  const counts = rows[0]?.counts;
  const admin = user.role === "ADMIN";
  // Sensitive answers (health...) are for admins only, counts included.
  const shownTallies = tallies.filter(({ question }) => admin || !question.sensitive);

  return (
    <AdminPage
      title={event.title}
      back={{ href: "/admin", label: "Journées" }}
      intro={
        <p>
          <EventStatusTag status={event.status} />
        </p>
      }
    >
      {creee && (
        <p className="notice" role="status">
          Journée créée, en brouillon. Complétez son programme, puis publiez-la.
        </p>
      )}

      <section aria-labelledby="inscriptions" className="section">
        <h2 id="inscriptions">Inscriptions</h2>
        {counts && (
          <ul className="counts">
            <li>
              <strong>{counts.CONFIRMED}</strong> confirmé·es sur {event.capacity} places
              {event.reservedPlaces > 0 && !event.reservedReleasedAt && ` (dont ${event.reservedPlaces} réservées aux personnes invitées)`}
            </li>
            <li>
              <strong>{counts.OFFERED}</strong> place{counts.OFFERED > 1 ? "s" : ""} proposée{counts.OFFERED > 1 ? "s" : ""} en attente de réponse
            </li>
            <li>
              <strong>{counts.WAITLISTED}</strong> en liste d&apos;attente
            </li>
            <li>
              <strong>{counts.CANCELLED}</strong> annulation{counts.CANCELLED > 1 ? "s" : ""}
            </li>
            <li>
              <strong>{statistics.present}</strong> présent·e{statistics.present > 1 ? "s" : ""} (arrivées enregistrées à l&apos;accueil)
            </li>
          </ul>
        )}
      </section>

      <section aria-labelledby="tableau-de-bord" className="section">
        <h2 id="tableau-de-bord">Tableau de bord</h2>
        <p>{`Déjeuners à prévoir : ${catering.lunches}, dont ${catering.dietaryNeeds} avec un régime particulier.`}</p>
        {statistics.perDay.length > 0 && (
          <BarChart
            id="par-jour"
            title="Inscriptions par jour"
            bars={statistics.perDay.map(({ day, count }) => ({ label: `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`, value: count }))}
          />
        )}
        <div className="breakdowns">
          <BreakdownTable
            caption="Par type de structure (inscriptions actives)"
            heading="Type de structure"
            total={statistics.active}
            rows={ORGANISATION_TYPES.map((type) => [ORGANISATION_TYPE_LABELS[type], statistics.byOrganisationType[type] ?? 0])}
          />
          <BreakdownTable
            caption="Par statut (inscriptions actives)"
            heading="Statut"
            total={statistics.active}
            rows={ROLES.map((role) => [ROLE_LABELS[role], statistics.byRole[role] ?? 0])}
          />
        </div>
        {shownTallies.map(({ question, counts: answers, answered }) => (
          <BarChart
            key={question.key}
            id={`question-${question.key}`}
            title={`${question.label} (${answered} réponse${answered > 1 ? "s" : ""}, inscriptions actives)`}
            headings={["Réponse", "Personnes"]}
            bars={answers.map(({ label, count }) => ({ label, value: count }))}
          />
        ))}
      </section>

      <p className="button-row">
        {/* A full page load, not a client-side move: the door's page brings its own permissions
            (camera, the QR decoder's WebAssembly), which a document keeps from its first load. */}
        <a className="button" href={`/admin/evenements/${slug}/accueil`}>
          Accueil : enregistrer les arrivées
        </a>
        <Link className="button button--secondary" href={`/admin/evenements/${slug}/inscrits`}>
          Voir et exporter la liste des inscrit·es
        </Link>
        <Link className="button button--secondary" href={`/admin/evenements/${slug}/message`}>
          Écrire aux participant·es
        </Link>
        <Link className="button button--secondary" href={`/admin/evenements/${slug}/invitations`}>
          Places réservées et invitations
        </Link>
        <Link className="button button--secondary" href={`/admin/evenements/${slug}/questionnaire/resultats`}>
          Résultats du questionnaire
        </Link>
      </p>

      {admin && (
        <section aria-labelledby="gerer" className="section">
          <h2 id="gerer">Gérer la journée</h2>
          <ul className="admin-links">
            <li>
              <Link href={`/admin/evenements/${slug}/modifier`}>Modifier la journée (dates, lieu, capacité, inscriptions)</Link>
            </li>
            <li>
              <Link href={`/admin/evenements/${slug}/programme`}>Programme et intervenant·es</Link>
            </li>
            <li>
              <Link href={`/admin/evenements/${slug}/questions`}>Questions posées aux participant·es</Link>
            </li>
            <li>
              <Link href={`/admin/evenements/${slug}/questionnaire`}>Questionnaire après la journée (avis anonymes)</Link>
            </li>
            <li>
              <Link href={`/admin/evenements/${slug}/documents`}>Documents publiés avec la journée (présentations, programme en PDF, photos)</Link>
            </li>
            <li>
              <Link href={`/admin/evenements/${slug}/annonce`}>
                Annoncer les changements aux participant·es
                {event.programmeChanges.length > 0 ? ` (${event.programmeChanges.length} en attente)` : ""}
              </Link>
            </li>
            <li>
              <Link href={`/admin/evenements/${slug}/journal`}>Journal des modifications de la journée</Link>
            </li>
          </ul>
          <h3>Publication</h3>
          {event.edition.status === "DRAFT" ? (
            <p>
              Journée d&apos;une édition en préparation : elle sera publiée avec son édition (
              <Link href={`/admin/editions/${event.edition.id}`}>page de l&apos;édition</Link>, « Publier cette édition »).
            </p>
          ) : (
            <ActionButtons
              action={setStatusAction.bind(null, slug)}
              name="status"
              buttons={STATUS_BUTTONS[event.status].map((button) => ({ label: button.label, value: button.status, variant: button.variant }))}
            />
          )}
        </section>
      )}

      <section aria-labelledby="attestations" className="section">
        <h2 id="attestations">Attestations de présence</h2>
        <p>
          {automaticSendingLine(certificates.automatic)}
          {` ${certificates.sent} envoyée${certificates.sent > 1 ? "s" : ""} à ce jour.`}
        </p>
        {certificates.signatoryMissing && <p>{appErrorMessage("CERTIFICATE_SIGNATORY_MISSING")}</p>}
        {certificates.dayOver && !certificates.refusal && (
          <>
            <p>{certificates.waiting > 0 ? `${certificates.waiting} personne${certificates.waiting > 1 ? "s" : ""} présente${certificates.waiting > 1 ? "s" : ""} sans attestation envoyée.` : "Toutes les personnes présentes ont reçu la leur."}</p>
            {certificates.waiting > 0 && <ActionButton action={sendCertificatesAction.bind(null, slug)} label="Envoyer les attestations maintenant" variant="primary" />}
          </>
        )}
      </section>

      <section aria-labelledby="reglages" className="section">
        <h2 id="reglages">Réglages</h2>
        <AdminEventFacts event={event} />
      </section>

      <section aria-labelledby="programme" className="section">
        <h2 id="programme">Programme</h2>
        <AdminProgramme programme={event.programme} />
        {event.status !== "DRAFT" && (
          <p>
            <Link href={`/evenements/${event.slug}`}>Voir la page publique</Link>
          </p>
        )}
      </section>
    </AdminPage>
  );
}
