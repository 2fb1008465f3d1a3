import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPage } from "@/components/admin/admin-page";
import { ActionButton } from "@/components/ui/action-button";
import { AdminForm } from "@/components/admin/admin-form";
import { PROGRAMME_ITEM_GROUPS } from "@/components/admin/programme-item-fields";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { programmeItemFormValues } from "@/lib/programme/item-form";
import { listSpeakers } from "@/lib/programme/list-speakers";
import { confirmSpeakerAction, linkSpeakerAction, saveItemAction, unlinkSpeakerAction } from "./actions";

export const metadata: Metadata = { title: "Séquence du programme" };

export default async function ProgrammeItemPage({ params }: { params: Promise<{ slug: string; itemId: string }> }) {
  const { slug, itemId } = await params;
  const { event } = await requireAdminEvent(slug, { role: "ADMIN", page: `/programme/${itemId}` });
  const item = event.programme.find((candidate) => candidate.id === itemId);
  if (!item) notFound();
  const speakers = await listSpeakers();
  const available = speakers.filter((speaker) => !item.speakers.some((part) => part.speakerId === speaker.id));

  return (
    <AdminPage title={item.title} back={{ href: `/admin/evenements/${slug}/programme`, label: `Programme : ${event.title}` }} narrow>
      <section aria-labelledby="sequence" className="section">
        <h2 id="sequence">La séquence</h2>
        <AdminForm
          action={saveItemAction.bind(null, slug, item.id)}
          groups={PROGRAMME_ITEM_GROUPS}
          initial={programmeItemFormValues(item)}
          submitLabel="Enregistrer la séquence"
          errorTitle="La séquence n'a pas été enregistrée"
        />
      </section>

      <section aria-labelledby="intervenants" className="section">
        <h2 id="intervenants">Intervenant·es</h2>
        {item.speakers.length === 0 ? (
          <p>Personne n&apos;intervient dans cette séquence pour l&apos;instant.</p>
        ) : (
          <ul className="speaker-parts">
            {item.speakers.map(({ speaker, confirmed }) => (
              <li key={speaker.id}>
                <p>
                  <strong>{speaker.name}</strong>
                  {speaker.title && `, ${speaker.title}`} — {confirmed ? "participation confirmée" : "sous réserve"}
                </p>
                <div className="button-row">
                  {!confirmed && (
                    <ActionButton
                      action={confirmSpeakerAction.bind(null, slug, item.id, speaker.id)}
                      label={`Confirmer ${speaker.name}`}
                      variant="primary"
                    />
                  )}
                  <ActionButton action={unlinkSpeakerAction.bind(null, slug, item.id, speaker.id)} label={`Retirer ${speaker.name}`} variant="danger" />
                </div>
              </li>
            ))}
          </ul>
        )}
        <h3>Ajouter un·e intervenant·e</h3>
        {available.length === 0 ? (
          <p>
            Toutes les personnes de la liste interviennent déjà. <Link href="/admin/intervenants">Ajoutez une personne à la liste des intervenant·es</Link>.
          </p>
        ) : (
          <>
            <AdminForm
              action={linkSpeakerAction.bind(null, slug, item.id)}
              groups={[
                {
                  fields: [
                    {
                      name: "speakerId",
                      label: "Intervenant·e",
                      type: "select",
                      options: available.map((speaker) => ({ value: speaker.id, label: speaker.title ? `${speaker.name}, ${speaker.title}` : speaker.name })),
                    },
                    {
                      name: "confirmed",
                      label: "Sa participation est-elle confirmée ?",
                      type: "radio",
                      options: [
                        { value: "oui", label: "Oui" },
                        { value: "non", label: "Non : « sous réserve » sur le programme" },
                      ],
                    },
                  ],
                },
              ]}
              initial={{ confirmed: "non" }}
              submitLabel="Ajouter à la séquence"
              errorTitle="L'intervenant·e n'a pas été ajouté·e"
            />
            <p>
              Quelqu&apos;un manque à la liste ? <Link href="/admin/intervenants">Ajoutez-le parmi les intervenant·es</Link>.
            </p>
          </>
        )}
      </section>
    </AdminPage>
  );
}
