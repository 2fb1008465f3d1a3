import type { Metadata } from "next";
import Link from "next/link";
import { AdminPage } from "@/components/admin/admin-page";
import { ActionButton } from "@/components/ui/action-button";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminProgramme } from "@/components/admin/admin-programme";
import { PROGRAMME_ITEM_GROUPS } from "@/components/admin/programme-item-fields";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { addItemAction, deleteItemAction, moveItemAction } from "./actions";

export const metadata: Metadata = { title: "Programme" };

export default async function ProgrammePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { event } = await requireAdminEvent(slug, { role: "ADMIN", page: "/programme" });
  const last = event.programme.length - 1;

  return (
    <AdminPage
      title={`Programme : ${event.title}`}
      back={{ href: `/admin/evenements/${slug}`, label: event.title }}
      lead="Les séquences se placent d'elles-mêmes dans l'ordre des horaires ; déplacez-les pour ordonner celles qui ont lieu en même temps."
    >
      <section aria-labelledby="sequences" className="section">
        <h2 id="sequences">Séquences</h2>
        <AdminProgramme
          programme={event.programme}
          actions={(item, index) => (
            <div className="button-row">
              <Link className="button button--secondary" href={`/admin/evenements/${slug}/programme/${item.id}`}>
                Modifier<span className="visually-hidden"> « {item.title} »</span>
              </Link>
              {index > 0 && <ActionButton action={moveItemAction.bind(null, slug, item.id)} hidden={{ direction: "up" }} label={`Monter « ${item.title} »`} />}
              {index < last && <ActionButton action={moveItemAction.bind(null, slug, item.id)} hidden={{ direction: "down" }} label={`Descendre « ${item.title} »`} />}
              <ActionButton action={deleteItemAction.bind(null, slug, item.id)} label={`Supprimer « ${item.title} »`} variant="danger" />
            </div>
          )}
        />
      </section>

      <section aria-labelledby="ajouter" className="section">
        <h2 id="ajouter">Ajouter une séquence</h2>
        <AdminForm
          action={addItemAction.bind(null, slug)}
          groups={PROGRAMME_ITEM_GROUPS}
          initial={{ kind: "ROUND_TABLE" }}
          submitLabel="Ajouter la séquence"
          errorTitle="La séquence n'a pas été ajoutée"
        />
      </section>
    </AdminPage>
  );
}
