import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminPage } from "@/components/admin/admin-page";
import { requireUser } from "@/lib/auth/require-user";
import { LongDate } from "@/components/long-date";
import { currentDaysAhead } from "@/lib/editions/current-days-ahead";
import { getEdition } from "@/lib/editions/get-edition";
import { publishEditionAction } from "./actions";

export const metadata: Metadata = { title: "Publier l'édition" };

/** The confirmation step before an edition replaces the current one. */
export default async function PublishEditionPage({ params }: { params: Promise<{ editionId: string }> }) {
  const { editionId } = await params;
  await requireUser({ role: "ADMIN", from: `/admin/editions/${editionId}/publier` });
  const [edition, daysAhead] = await Promise.all([getEdition(editionId), currentDaysAhead()]);
  if (!edition) notFound();
  return (
    <AdminPage title={`Publier : ${edition.texts.title}`} back={{ href: `/admin/editions/${edition.id}`, label: edition.texts.title }} narrow>
      {edition.status === "DRAFT" && daysAhead.length > 0 && (
        <div className="notice" role="note">
          <p>
            L&apos;édition en cours a encore {daysAhead.length === 1 ? "une journée à venir" : `${daysAhead.length} journées à venir`} : une fois la nouvelle
            édition publiée, {daysAhead.length === 1 ? "elle quitte" : "elles quittent"} la page d&apos;accueil pour les archives, mais{" "}
            {daysAhead.length === 1 ? "sa page reste" : "leurs pages restent"} à la même adresse et le formulaire d&apos;inscription{" "}
            {daysAhead.length === 1 ? "la propose" : "les propose"} jusqu&apos;à la fin de la journée.
          </p>
          <ul>
            {daysAhead.map((day) => (
              <li key={day.slug}>
                {day.title}, <LongDate date={day.startsAt} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {edition.status === "DRAFT" ? (
        <AdminForm
          action={publishEditionAction.bind(null, edition.id)}
          groups={[
            {
              fields: [
                {
                  name: "confirm",
                  label: "Confirmation",
                  type: "checkboxes",
                  options: [{ value: "oui", label: `Je publie cette édition et ses ${edition.days.length} journées : elle remplace l'édition en cours sur la page d'accueil, qui passe dans les archives.` }],
                },
              ],
            },
          ]}
          initial={{}}
          submitLabel="Publier l'édition"
          errorTitle="L'édition n'a pas été publiée"
          intro="Les inscriptions aux nouvelles journées s'ouvrent selon leurs dates d'ouverture. Les pages des journées passées restent à leur adresse."
        />
      ) : (
        <p>Cette édition n&apos;est pas en préparation : il n&apos;y a rien à publier.</p>
      )}
    </AdminPage>
  );
}
