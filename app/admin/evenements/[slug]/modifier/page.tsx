import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { AdminForm } from "@/components/admin/admin-form";
import { editEventFormGroups } from "@/components/admin/event-form-fields";
import { daySlugLocked } from "@/lib/events/day-slug-locked";
import { eventFormValues } from "@/lib/events/event-form";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { updateEventAction } from "./actions";

export const metadata: Metadata = { title: "Modifier la journée" };

export default async function EditEventPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { event } = await requireAdminEvent(slug, { role: "ADMIN", page: "/modifier" });
  const slugLocked = await daySlugLocked(event);
  return (
    <AdminPage
      title={`Modifier : ${event.title}`}
      back={{ href: `/admin/evenements/${slug}`, label: event.title }}
      lead="Un changement de date, d'horaire ou de lieu met à jour le calendrier des participant·es et reste à annoncer par email, quand vous le décidez."
      narrow
    >
      <AdminForm
        action={updateEventAction.bind(null, slug)}
        groups={editEventFormGroups(slugLocked)}
        initial={eventFormValues(event)}
        submitLabel="Enregistrer"
        errorTitle="La journée n'a pas été enregistrée"
        intro="Tous les champs sont obligatoires, sauf ceux marqués « facultatif »."
      />
    </AdminPage>
  );
}
