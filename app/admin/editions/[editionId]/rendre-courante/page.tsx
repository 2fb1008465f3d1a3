import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminPage } from "@/components/admin/admin-page";
import { requireUser } from "@/lib/auth/require-user";
import { getEdition } from "@/lib/editions/get-edition";
import { makeCurrentAction } from "./actions";

export const metadata: Metadata = { title: "Rendre l'édition courante" };

/** The confirmation step before a past edition becomes the current one again (to undo a publication made by mistake). */
export default async function MakeEditionCurrentPage({ params }: { params: Promise<{ editionId: string }> }) {
  const { editionId } = await params;
  await requireUser({ role: "ADMIN", from: `/admin/editions/${editionId}/rendre-courante` });
  const edition = await getEdition(editionId);
  if (!edition) notFound();
  return (
    <AdminPage title={`Rendre courante : ${edition.texts.title}`} back={{ href: `/admin/editions/${edition.id}`, label: edition.texts.title }} narrow>
      {edition.status === "PAST" ? (
        <AdminForm
          action={makeCurrentAction.bind(null, edition.id)}
          groups={[
            {
              fields: [
                {
                  name: "confirm",
                  label: "Confirmation",
                  type: "checkboxes",
                  options: [{ value: "oui", label: "Cette édition redevient l'édition en cours, présentée sur la page d'accueil ; l'édition en cours passe dans les archives." }],
                },
              ],
            },
          ]}
          initial={{}}
          submitLabel="Rendre courante"
          errorTitle="L'édition en cours n'a pas changé"
          intro="Pour annuler une publication faite par erreur. Les journées gardent leur état et leur adresse ; une édition en préparation le reste."
        />
      ) : (
        <p>Seule une édition passée peut redevenir l&apos;édition en cours.</p>
      )}
    </AdminPage>
  );
}
