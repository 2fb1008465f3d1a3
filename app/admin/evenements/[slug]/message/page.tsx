import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { ActionButton } from "@/components/ui/action-button";
import { ErrorList } from "@/components/admin/error-list";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/text-field";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { fieldErrors } from "@/lib/field-errors";
import { previewMessage } from "@/lib/messages/preview-message";
import { AUDIENCES, AUDIENCE_LABELS, messageInputSchema } from "@/lib/messages/schema";
import { sendMessageAction } from "./actions";

export const metadata: Metadata = { title: "Écrire aux participant·es" };

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/** Write, preview (who and what), then send: the preview is a plain GET, the sending a server action. */
export default async function MessagePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const { event } = await requireAdminEvent(slug, { page: "/message" });
  const query = await searchParams;
  const typed = { subject: text(query.subject), body: text(query.body), audience: text(query.audience) || "CONFIRMED" };
  const asked = query.apercu !== undefined;
  const parsed = asked ? messageInputSchema.safeParse(typed) : null;
  const errors = parsed && !parsed.success ? fieldErrors(parsed.error) : {};
  const preview = parsed?.success ? await previewMessage({ eventId: event.id, input: parsed.data }) : null;
  const sent = Number(text(query.envoye));

  return (
    <AdminPage
      title={`Écrire aux participant·es : ${event.title}`}
      back={{ href: `/admin/evenements/${slug}`, label: event.title }}
      lead="Le message part par email à chaque personne du groupe choisi, avec les informations de la journée et son lien personnel."
      narrow
    >
      {query.envoye !== undefined && Number.isInteger(sent) && (
        <p className="notice" role="status">
          {`Message envoyé à ${sent} personne${sent > 1 ? "s" : ""}.`}
        </p>
      )}
      <ErrorList errors={errors} title="Le message n'est pas prêt" />
      <form method="get" action={`/admin/evenements/${slug}/message`} className="form" noValidate>
        <RadioGroup id="audience" legend="À qui" options={AUDIENCES.map((audience) => ({ value: audience, label: AUDIENCE_LABELS[audience] }))} defaultValue={typed.audience} error={errors.audience} />
        <TextField id="subject" label="Objet" defaultValue={typed.subject} error={errors.subject} />
        <TextField id="body" label="Message" rows={8} defaultValue={typed.body} error={errors.body} hint="Une ligne vide sépare deux paragraphes." />
        <input type="hidden" name="apercu" value="1" />
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            Prévisualiser
          </button>
        </div>
      </form>

      {preview && parsed?.success && (
        <section aria-labelledby="apercu" className="section">
          <h2 id="apercu">{preview.recipients === 0 ? "Aucun destinataire" : `Aperçu : ${preview.recipients} destinataire${preview.recipients > 1 ? "s" : ""}`}</h2>
          <p>
            <strong>Objet :</strong> {preview.subject}
          </p>
          <pre className="email-preview" tabIndex={0} aria-label="Texte de l'email">
            {preview.text}
          </pre>
          {preview.recipients > 0 && (
            <ActionButton
              action={sendMessageAction.bind(null, slug)}
              hidden={{ subject: parsed.data.subject, body: parsed.data.body, audience: parsed.data.audience }}
              label={`Envoyer à ${preview.recipients} personne${preview.recipients > 1 ? "s" : ""}`}
              variant="primary"
            />
          )}
        </section>
      )}
    </AdminPage>
  );
}
