import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { ActionButton } from "@/components/ui/action-button";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { previewAnnouncement } from "@/lib/mail/preview-announcement";
import { announceAction } from "./actions";

export const metadata: Metadata = { title: "Annoncer les changements" };

/** Who would receive what, before anything is sent. */
interface AnnouncementPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ envoyee?: string; ignoree?: string }>;
}

export default async function AnnouncementPage({ params, searchParams }: AnnouncementPageProps) {
  const { slug } = await params;
  const { event } = await requireAdminEvent(slug, { role: "ADMIN", page: "/annonce" });
  const preview = await previewAnnouncement(event.id);
  const changeIds = preview.changes.map((change) => change.id).join(",");
  const count = preview.recipients.length;
  const { envoyee, ignoree } = await searchParams;
  const sent = Number(envoyee);

  return (
    <AdminPage
      title={`Annoncer les changements : ${event.title}`}
      back={{ href: `/admin/evenements/${slug}`, label: event.title }}
      lead="Les participant·es confirmé·es reçoivent un email « Programme modifié » avec ces changements, le programme à jour et leur calendrier mis à jour."
      narrow
    >
      {envoyee !== undefined && Number.isInteger(sent) && (
        <p className="notice" role="status">
          {`Annonce envoyée à ${sent} participant·e${sent > 1 ? "s" : ""} confirmé·e${sent > 1 ? "s" : ""}.`}
        </p>
      )}
      {ignoree && (
        <p className="notice" role="status">
          Ces changements sont marqués comme ne nécessitant pas d&apos;annonce.
        </p>
      )}
      {preview.changes.length === 0 ? (
        <p>Aucun changement à annoncer : tout a déjà été annoncé.</p>
      ) : (
        <>
          <section aria-labelledby="changements" className="section">
            <h2 id="changements">Changements à annoncer</h2>
            <ul>
              {preview.changes.map((change) => (
                <li key={change.id}>{change.text}</li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="destinataires" className="section">
            <h2 id="destinataires">
              {count === 0 ? "Aucun destinataire" : `${count} destinataire${count > 1 ? "s" : ""}`}
            </h2>
            {count === 0 ? (
              <p>Personne n&apos;est confirmé pour cette journée : rien ne sera envoyé.</p>
            ) : (
              <details>
                <summary>Voir la liste des destinataires</summary>
                <ul>
                  {preview.recipients.map((recipient) => (
                    <li key={recipient.email}>
                      {`${recipient.firstName} ${recipient.lastName}, ${recipient.organisation} — ${recipient.email}`}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>

          {preview.email && (
            <section aria-labelledby="apercu" className="section">
              <h2 id="apercu">Aperçu de l&apos;email</h2>
              <p>
                <strong>Objet :</strong> {preview.email.subject}
              </p>
              <pre className="email-preview" tabIndex={0} aria-label="Texte de l'email">
                {preview.email.text}
              </pre>
            </section>
          )}

          <div className="button-row">
            <ActionButton
              action={announceAction.bind(null, slug)}
              hidden={{ changeIds, send: "oui" }}
              label={count > 0 ? `Envoyer l'annonce à ${count} participant·e${count > 1 ? "s" : ""}` : "Marquer comme annoncé"}
              variant="primary"
            />
            {count > 0 && <ActionButton action={announceAction.bind(null, slug)} hidden={{ changeIds, send: "non" }} label="Ne pas annoncer ces changements" />}
          </div>
        </>
      )}
    </AdminPage>
  );
}
