import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { AdminForm } from "@/components/admin/admin-form";
import { EVENT_FORM_GROUPS, NEW_EVENT_VALUES } from "@/components/admin/event-form-fields";
import type { FieldGroup } from "@/components/admin/field-spec";
import { requireUser } from "@/lib/auth/require-user";
import { listEditions } from "@/lib/editions/list-editions";
import { adminEditionQuerySchema, EDITION_STATUS_LABELS } from "@/lib/editions/schema";
import { createEventAction } from "./actions";

export const metadata: Metadata = { title: "Créer une journée" };

export default async function NewEventPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser({ role: "ADMIN", from: "/admin/evenements/nouvelle" });
  const { edition: asked } = adminEditionQuerySchema.parse(await searchParams);
  // A day joins the edition in course or the one in preparation; a past edition takes no new day.
  const editions = (await listEditions()).filter((edition) => edition.status !== "PAST");
  const chosen =
    editions.find((edition) => typeof asked === "object" && edition.slug === asked.slug) ??
    editions.find((edition) => edition.status === "CURRENT") ??
    editions[0];
  const groups: FieldGroup[] =
    editions.length > 1
      ? [
          {
            fields: [
              {
                name: "edition",
                label: "Édition",
                type: "select",
                hint: "L'édition en cours, ou celle en préparation pour l'année suivante.",
                options: editions.map((edition) => ({ value: edition.slug, label: `${edition.title} (${EDITION_STATUS_LABELS[edition.status].toLowerCase()})` })),
              },
            ],
          },
          ...EVENT_FORM_GROUPS,
        ]
      : EVENT_FORM_GROUPS;
  return (
    <AdminPage
      title="Créer une journée"
      back={{ href: "/admin", label: "Journées" }}
      lead="Elle est créée en brouillon : personne ne la voit avant que vous la publiiez."
      narrow
    >
      <AdminForm
        action={createEventAction}
        groups={groups}
        initial={{ ...NEW_EVENT_VALUES, ...(chosen ? { edition: chosen.slug } : {}) }}
        submitLabel="Créer la journée"
        errorTitle="La journée n'a pas été créée"
        intro="Tous les champs sont obligatoires, sauf ceux marqués « facultatif »."
      />
    </AdminPage>
  );
}
