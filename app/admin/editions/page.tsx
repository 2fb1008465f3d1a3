import type { Metadata } from "next";
import Link from "next/link";
import { AdminPage } from "@/components/admin/admin-page";
import { LongDate } from "@/components/long-date";
import { requireUser } from "@/lib/auth/require-user";
import { listEditions } from "@/lib/editions/list-editions";
import { EDITION_STATUS_LABELS } from "@/lib/editions/schema";

export const metadata: Metadata = { title: "Éditions" };

export default async function EditionsPage() {
  await requireUser({ role: "ADMIN", from: "/admin/editions" });
  const editions = await listEditions();
  const current = editions.find((edition) => edition.status === "CURRENT");
  return (
    <AdminPage title="Éditions" lead="Chaque année, une édition des Rencontres : ses textes, ses journées. Une seule est en cours, présentée sur le site.">
      {current && !editions.some((edition) => edition.status === "DRAFT") && (
        <p className="button-row">
          <Link className="button" href={`/admin/editions/${current.id}/suivante`}>
            Préparer l&apos;édition suivante
          </Link>
        </p>
      )}
      <table className="table">
        <caption className="visually-hidden">Les éditions, de la plus récente à la plus ancienne</caption>
        <thead>
          <tr>
            <th scope="col">Édition</th>
            <th scope="col">État</th>
            <th scope="col">Première journée</th>
            <th scope="col">Journées</th>
          </tr>
        </thead>
        <tbody>
          {editions.map((edition) => (
            <tr key={edition.id}>
              <td>
                <Link href={`/admin/editions/${edition.id}`}>{edition.title}</Link>
              </td>
              <td>{EDITION_STATUS_LABELS[edition.status]}</td>
              <td>{edition.firstDay ? <LongDate date={edition.firstDay} /> : "—"}</td>
              <td>{edition.days}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminPage>
  );
}
