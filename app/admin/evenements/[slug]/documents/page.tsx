import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { formatSize } from "@/components/document-links";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ActionButton } from "@/components/ui/action-button";
import { describedBy, hintId } from "@/components/ui/field-ids";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { formatDateTime } from "@/lib/dates";
import { ACCEPTED_EXTENSIONS } from "@/lib/documents/document-types";
import { listEventDocuments } from "@/lib/documents/list-documents";
import { uploadRefusalMessage } from "@/lib/documents/upload-refusals";
import { env } from "@/lib/env";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { publishDocumentAction, removeDocumentAction } from "./actions";

export const metadata: Metadata = { title: "Documents" };

const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function DocumentsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const { event } = await requireAdminEvent(slug, { role: "ADMIN", page: "/documents" });
  const [documents, query] = await Promise.all([listEventDocuments(event.id), searchParams]);
  // Named by its id: the page says only what is in the day's list, whatever the address holds.
  const added = documents.find((document) => document.id === firstOf(query.ajoute));
  const refusal = uploadRefusalMessage(firstOf(query.erreur), env.DOCUMENT_MAX_MB);

  return (
    <AdminPage
      title={`Documents : ${event.title}`}
      back={{ href: `/admin/evenements/${slug}`, label: event.title }}
      lead="Les présentations, le programme en PDF, les photos : ajoutés ici, ils paraissent sur la page publique de la journée (et dans les archives) quand vous les publiez, par exemple après la journée."
    >
      {added && (
        <p className="notice" role="status">
          Document ajouté : {added.title}.
        </p>
      )}
      {refusal && (
        <div className="notice notice--error" role="alert">
          <p>Le document n&apos;a pas été ajouté : {refusal}</p>
        </div>
      )}

      <section aria-labelledby="liste" className="section">
        <h2 id="liste">Documents de la journée</h2>
        {documents.length === 0 ? (
          <p>Aucun document pour l&apos;instant.</p>
        ) : (
          <div className="table-wrapper" role="region" aria-labelledby="documents-caption" tabIndex={0}>
            <table className="table">
              <caption id="documents-caption" className="visually-hidden">
                Documents de la journée, publiés ou non
              </caption>
              <thead>
                <tr>
                  <th scope="col">Document</th>
                  <th scope="col">Avec</th>
                  <th scope="col">État</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {documents.map((document) => (
                  <tr key={document.id}>
                    <td>
                      <a href={`/api/admin/events/${slug}/documents/${document.id}`}>{document.title}</a>
                      <br />
                      <small>
                        {document.fileName} — {document.typeLabel}, {formatSize(document.size)}
                      </small>
                    </td>
                    <td>{document.programmeItem ? document.programmeItem.title : "La journée"}</td>
                    <td>{document.publishedAt ? `Publié le ${formatDateTime(document.publishedAt)}` : "Non publié"}</td>
                    <td>
                      <div className="button-row">
                        <ActionButton
                          action={publishDocumentAction.bind(null, slug, document.id)}
                          hidden={{ published: document.publishedAt ? "non" : "oui" }}
                          label={document.publishedAt ? `Retirer du site « ${document.title} »` : `Publier « ${document.title} »`}
                        />
                        <ActionButton action={removeDocumentAction.bind(null, slug, document.id)} label={`Supprimer « ${document.title} »`} variant="danger" />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="ajouter" className="section">
        <h2 id="ajouter">Ajouter un document</h2>
        {/* Posted to the API as a file upload (server actions take 1 MB at most); it sends the page back. */}
        <form className="form" method="post" action={`/api/admin/events/${slug}/documents`} encType="multipart/form-data">
          <TextField id="title" label="Titre" hint="Tel qu'il paraîtra sur la page, par exemple « Présentation de la table ronde »." />
          <div className="field">
            <label className="field__label" htmlFor="file">
              Fichier
            </label>
            <p className="field__hint" id={hintId("file")}>
              PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint ou OpenDocument ; {env.DOCUMENT_MAX_MB} Mo au plus. Le nom du fichier est
              simplifié (sans accents ni espaces).
            </p>
            <input className="input" type="file" id="file" name="file" required accept={ACCEPTED_EXTENSIONS.map((extension) => `.${extension}`).join(",")} aria-describedby={describedBy("file", { hint: true })} />
          </div>
          <SelectField
            id="programmeItemId"
            label="Avec la séquence"
            optional
            hint="Sans choix : un document de la journée entière."
            options={event.programme.map((item) => ({ value: item.id, label: item.title }))}
          />
          <ChoiceGroup type="checkbox" id="publish" legend="Publication" options={[{ value: "oui", label: "Publier tout de suite sur la page publique de la journée" }]} checked={[]} />
          <p>
            <button type="submit" className="button">
              Ajouter le document
            </button>
          </p>
        </form>
      </section>
    </AdminPage>
  );
}
