import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { AdminForm } from "@/components/admin/admin-form";
import { EVENT_FORM_GROUPS, NEW_EVENT_VALUES } from "@/components/admin/event-form-fields";
import { requireUser } from "@/lib/auth/require-user";
import { createEventAction } from "./actions";

export const metadata: Metadata = { title: "Créer une journée" };

export default async function NewEventPage() {
  await requireUser({ role: "ADMIN", from: "/admin/evenements/nouvelle" });
  return (
    <AdminPage
      title="Créer une journée"
      back={{ href: "/admin", label: "Journées" }}
      lead="Elle est créée en brouillon : personne ne la voit avant que vous la publiiez."
      narrow
    >
      <AdminForm
        action={createEventAction}
        groups={EVENT_FORM_GROUPS}
        initial={NEW_EVENT_VALUES}
        submitLabel="Créer la journée"
        errorTitle="La journée n'a pas été créée"
        intro="Tous les champs sont obligatoires, sauf ceux marqués « facultatif »."
      />
    </AdminPage>
  );
}
