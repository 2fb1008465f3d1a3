import type { Metadata } from "next";
import Link from "next/link";
import { AdminPage } from "@/components/admin/admin-page";
import { AdminForm } from "@/components/admin/admin-form";
import { SPEAKER_GROUPS } from "@/components/admin/speaker-fields";
import { requireUser } from "@/lib/auth/require-user";
import { listSpeakers } from "@/lib/programme/list-speakers";
import { addSpeakerAction } from "./actions";

export const metadata: Metadata = { title: "Intervenant·es" };

export default async function SpeakersPage() {
  await requireUser({ role: "ADMIN", from: "/admin/intervenants" });
  const speakers = await listSpeakers();
  return (
    <AdminPage title="Intervenant·es" lead="Ajoutez ici une personne, puis faites-la intervenir dans une séquence depuis le programme d'une journée.">
      <section aria-labelledby="liste" className="section">
        <h2 id="liste">La liste</h2>
        {speakers.length === 0 ? (
          <p>Aucun·e intervenant·e pour l&apos;instant.</p>
        ) : (
          <ul className="speaker-list">
            {speakers.map((speaker) => (
              <li key={speaker.id}>
                <Link href={`/admin/intervenants/${speaker.id}`}>{speaker.name}</Link>
                {speaker.title && `, ${speaker.title}`}
                {speaker.appearances.length > 0 && (
                  <ul>
                    {speaker.appearances.map(({ programmeItem, confirmed }) => (
                      <li key={programmeItem.id}>
                        {`${programmeItem.event.title} : ${programmeItem.title}${confirmed ? "" : " (sous réserve)"}`}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ajouter" className="section">
        <h2 id="ajouter">Ajouter un·e intervenant·e</h2>
        <AdminForm action={addSpeakerAction} groups={SPEAKER_GROUPS} initial={{}} submitLabel="Ajouter" errorTitle="L'intervenant·e n'a pas été ajouté·e" />
      </section>
    </AdminPage>
  );
}
