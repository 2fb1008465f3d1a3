import type { Metadata } from "next";
import Link from "next/link";
import { AdminPage } from "@/components/admin/admin-page";
import { EventStatusTag } from "@/components/admin/event-status";
import { LongDate } from "@/components/long-date";
import { SelectField } from "@/components/ui/select-field";
import { requireUser } from "@/lib/auth/require-user";
import { listEditions } from "@/lib/editions/list-editions";
import { adminEditionQuerySchema } from "@/lib/editions/schema";
import { listAdminEvents } from "@/lib/events/list-admin-events";

export const metadata: Metadata = { title: "Journées" };

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser({ from: "/admin" });
  const { edition } = adminEditionQuerySchema.parse(await searchParams);
  const [rows, editions] = await Promise.all([listAdminEvents(user, { edition }), listEditions()]);
  return (
    <AdminPage
      title="Journées"
      lead={
        user.role === "ADMIN"
          ? "Les journées, publiées ou non. Ouvrez-en une pour la modifier, gérer son programme ou annoncer un changement."
          : user.eventIds
            ? "Les journées dont vous êtes organisateur·rice."
            : "Toutes les journées des Rencontres."
      }
    >
      {user.role === "ADMIN" && (
        <p>
          <Link className="button" href={typeof edition === "object" ? `/admin/evenements/nouvelle?edition=${edition.slug}` : "/admin/evenements/nouvelle"}>
            Créer une journée
          </Link>
        </p>
      )}
      {editions.length > 1 && (
        <form method="get" className="form form--inline">
          <SelectField
            id="edition"
            label="Édition"
            hint="Sans choix : l'édition en cours et celle en préparation."
            optional
            defaultValue={edition === "ALL" ? "toutes" : edition === "ACTIVE" ? "" : edition.slug}
            options={[{ value: "toutes", label: "Toutes les éditions" }, ...editions.map((row) => ({ value: row.slug, label: row.title }))]}
          />
          <button type="submit" className="button button--secondary">
            Afficher
          </button>
        </form>
      )}
      {user.eventIds?.length === 0 ? (
        <p>Aucune journée ne vous est attribuée : demandez à un·e administrateur·rice de vous donner accès aux journées que vous organisez.</p>
      ) : rows.length === 0 ? (
        <p>Aucune journée pour l&apos;instant.</p>
      ) : (
        <div className="table-wrapper" role="region" aria-labelledby="journees-caption" tabIndex={0}>
          <table className="table">
            <caption id="journees-caption" className="visually-hidden">
              Journées et inscriptions
            </caption>
            <thead>
              <tr>
                <th scope="col">Journée</th>
                <th scope="col">Date</th>
                <th scope="col">Statut</th>
                <th scope="col" className="table__number">
                  Confirmé·es / places
                </th>
                <th scope="col" className="table__number">
                  Places proposées
                </th>
                <th scope="col" className="table__number">
                  En attente
                </th>
                {user.role === "ADMIN" && <th scope="col">À annoncer</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ event, counts, pendingChanges }) => (
                <tr key={event.id}>
                  <th scope="row">
                    <Link href={`/admin/evenements/${event.slug}`}>{event.title}</Link>
                  </th>
                  <td>
                    <LongDate date={event.startsAt} />
                  </td>
                  <td>
                    <EventStatusTag status={event.status} />
                  </td>
                  <td className="table__number">{`${counts.CONFIRMED} / ${event.capacity}`}</td>
                  <td className="table__number">{counts.OFFERED}</td>
                  <td className="table__number">{counts.WAITLISTED}</td>
                  {user.role === "ADMIN" && (
                    <td>
                      {pendingChanges > 0 ? (
                        <Link href={`/admin/evenements/${event.slug}/annonce`}>
                          {pendingChanges} changement{pendingChanges > 1 ? "s" : ""}
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}
