import type { Metadata } from "next";
import Link from "next/link";
import { guestRoleLabel } from "@/lib/registrations/guest-roles";
import { formatDateTime, formatTime } from "@/lib/dates";
import { AdminPage } from "@/components/admin/admin-page";
import { EventDocuments } from "@/components/admin/event-documents";
import { RegistrationFilters } from "@/components/admin/registration-filters";
import { RadioGroup } from "@/components/ui/radio-group";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { attendeesExporter } from "@/lib/exports/attendees-exporter";
import { certificatesRefusal } from "@/lib/exports/certificate-rules";
import { listQueryParams, listQuerySchema, searchParamsObject, REGISTRATION_STATUS_LABELS, type ListQuery } from "@/lib/registrations/list-query";
import { cateringSummary } from "@/lib/registrations/catering-summary";
import { listRegistrations } from "@/lib/registrations/list-registrations";
import { ORGANISATION_TYPE_LABELS } from "@/lib/registrations/schema";
import { listQuestions } from "@/lib/questions/list-questions";

export const metadata: Metadata = { title: "Inscrit·es" };

const SORTABLE: { key: ListQuery["tri"]; label: string }[] = [
  { key: "nom", label: "Nom" },
  { key: "organisation", label: "Organisation" },
  { key: "statut", label: "Inscription" },
  { key: "date", label: "Inscrit·e le" },
];


export default async function RegistrationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { event, user } = await requireAdminEvent(slug, { page: "/inscrits" });
  const query = listQuerySchema.parse(searchParamsObject(await searchParams));
  const [{ rows, total, pages }, catering, questionsByEvent] = await Promise.all([
    listRegistrations({ eventId: event.id, query }),
    cateringSummary(event),
    listQuestions([event.id], { archived: true }),
  ]);
  const questions = questionsByEvent.get(event.id) ?? [];
  const isAdmin = user.role === "ADMIN";
  const exportedQuestions = questions.filter((question) => isAdmin || !question.sensitive);
  const path = `/admin/evenements/${slug}/inscrits`;
  const link = (changes: Partial<ListQuery>) => {
    const search = listQueryParams(query, changes).toString();
    return search ? `${path}?${search}` : path;
  };
  const filters = [...listQueryParams(query, { page: 1 }).entries()];

  return (
    <AdminPage title={`Inscrit·es : ${event.title}`} back={{ href: `/admin/evenements/${slug}`, label: event.title }}>
      <RegistrationFilters query={query} path={path} questions={questions} />
      <p role="status">{total === 0 ? "Aucune inscription ne correspond." : `${total} inscription${total > 1 ? "s" : ""}.`}</p>

      {rows.length > 0 && (
        <div className="table-wrapper" role="region" aria-labelledby="inscrits-caption" tabIndex={0}>
          <table className="table">
            <caption id="inscrits-caption" className="visually-hidden">
              Inscriptions, triées par {SORTABLE.find((sort) => sort.key === query.tri)?.label.toLowerCase()}
            </caption>
            <thead>
              <tr>
                {SORTABLE.slice(0, 2).map((sort) => (
                  <SortHeader key={sort.key} sort={sort} query={query} link={link} />
                ))}
                <th scope="col">Type de structure</th>
                <SortHeader sort={SORTABLE[2]} query={query} link={link} />
                {event.kind === "NATIONAL" && <th scope="col">Déjeuner</th>}
                <th scope="col">Besoins</th>
                <SortHeader sort={SORTABLE[3]} query={query} link={link} />
              </tr>
            </thead>
            <tbody>
              {rows.map((registration) => (
                <tr key={registration.id}>
                  <th scope="row">
                    <Link href={`${path}/${registration.id}`}>{`${registration.attendee.lastName} ${registration.attendee.firstName}`}</Link>
                    <span className="table__secondary">{registration.attendee.email}</span>
                    {registration.guestRole && <span className="table__secondary">{`Invité·e : ${guestRoleLabel(registration.guestRole)}`}</span>}
                  </th>
                  <td>
                    {registration.attendee.organisation}
                    <span className="table__secondary">{registration.attendee.jobTitle}</span>
                  </td>
                  <td>{ORGANISATION_TYPE_LABELS[registration.attendee.organisationType]}</td>
                  <td>
                    {REGISTRATION_STATUS_LABELS[registration.status]}
                    {registration.checkIn && <span className="table__secondary">{`Arrivé·e à ${formatTime(registration.checkIn.checkedInAt)}`}</span>}
                  </td>
                  {event.kind === "NATIONAL" && <td>{registration.lunch ? "oui" : "non"}</td>}
                  <td className="table__values">
                    {[registration.attendee.dietaryNeeds, registration.attendee.accessibilityNeeds].filter(Boolean).join(" ; ") || "—"}
                  </td>
                  <td>{formatDateTime(registration.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Pages de la liste" className="pagination">
          {query.page > 1 && <Link href={link({ page: query.page - 1 })}>Page précédente</Link>}
          <span>{`Page ${query.page} sur ${pages}`}</span>
          {query.page < pages && <Link href={link({ page: query.page + 1 })}>Page suivante</Link>}
        </nav>
      )}

      <section aria-labelledby="exporter" className="section">
        <h2 id="exporter">Exporter cette liste</h2>
        <form method="get" action={`/api/admin/events/${slug}/exports/attendees`} className="form">
          {filters.map(([name, value], index) => (
            <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
          ))}
          <fieldset className="field">
            <legend className="field__label">Colonnes</legend>
            <div className="choices choices--columns">
              {[
                ...attendeesExporter.columns,
                ...exportedQuestions.map((question) => ({
                  id: `question.${question.key}`,
                  label: `${question.label}${question.archived ? " (question archivée)" : ""}${question.sensitive ? " (donnée sensible)" : ""}`,
                })),
              ].map((column) => (
                <div className="choice" key={column.id}>
                  <input className="choice__input" type="checkbox" id={`colonne-${column.id}`} name="colonnes" value={column.id} defaultChecked />
                  <label className="choice__label" htmlFor={`colonne-${column.id}`}>
                    {column.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          {isAdmin && questions.some((question) => question.sensitive) && (
            <div className="field">
              <p className="field__hint" id="sensibles-hint">
                Les réponses aux questions marquées « données sensibles » ne sont exportées que sur demande.
              </p>
              <div className="choice">
                <input className="choice__input" type="checkbox" id="sensibles" name="sensibles" value="oui" aria-describedby="sensibles-hint" />
                <label className="choice__label" htmlFor="sensibles">
                  Inclure les données sensibles
                </label>
              </div>
            </div>
          )}
          <RadioGroup
            id="format"
            legend="Format"
            options={[
              { value: "xlsx", label: "Classeur Excel (XLSX)" },
              { value: "csv", label: "CSV" },
              { value: "pdf", label: "PDF (tableau à imprimer)" },
            ]}
            defaultValue="xlsx"
          />
          <RadioGroup
            id="separateur"
            legend="Séparateur du CSV"
            options={[
              { value: "virgule", label: "Virgule" },
              { value: "point-virgule", label: "Point-virgule (Excel en français)" },
            ]}
            defaultValue="point-virgule"
          />
          <div className="button-row">
            <button type="submit" className="button">
              Télécharger
            </button>
          </div>
        </form>
      </section>

      <EventDocuments slug={slug} event={event} filters={filters} catering={catering} certificatesRefusal={certificatesRefusal(event, new Date())} />
    </AdminPage>
  );
}

function SortHeader({ sort, query, link }: { sort: (typeof SORTABLE)[number]; query: ListQuery; link: (changes: Partial<ListQuery>) => string }) {
  const active = query.tri === sort.key;
  const next = active && query.ordre === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (query.ordre === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={link({ tri: sort.key, ordre: next, page: 1 })}>
        {sort.label}
        <span className="visually-hidden">{active ? `, trié ${query.ordre === "asc" ? "croissant" : "décroissant"}` : ", trier"}</span>
      </Link>
    </th>
  );
}
