"use client";

import { useActionState, useEffect, useRef } from "react";
import { EditionAbout } from "@/components/edition-about";
import { textValue } from "@/components/registration/form-values";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { EditionTextsFormAction } from "@/lib/editions/texts-form-state";
import type { FormValues } from "@/lib/form-state";

const FIELDS = [
  { id: "title", label: "Titre de l'édition", hint: "Par exemple : 3es Rencontres nationales des collectivités locales autour de l'ESS." },
  { id: "theme", label: "Thème" },
  { id: "context", label: "Texte « À propos »", hint: "Laissez une ligne vide entre deux paragraphes.", rows: 8, optional: true },
  {
    id: "networks",
    label: "Réseaux co-organisateurs",
    hint: "Un réseau par ligne, dans l'ordre d'affichage : sigle | nom complet | adresse web (facultative). Pour en retirer un, effacez sa ligne ; pour changer l'ordre, déplacez les lignes.",
    rows: 8,
    optional: true,
  },
  { id: "footer", label: "Pied de page", hint: "Une ligne par phrase.", rows: 3, optional: true },
  { id: "contactEmail", label: "Adresse de contact publique", type: "email" as const, optional: true },
];

/**
 * The series' texts of an edition: « Prévisualiser » shows them as the home page and the footer
 * will, without saving; « Enregistrer » saves them. Works without JavaScript (a form posted to the action).
 */
export function EditionTextsForm({ action, initial }: { action: EditionTextsFormAction; initial: FormValues }) {
  const [state, formAction] = useActionState(action, null);
  const values = state?.values ?? initial;
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state?.done) notice.current?.focus();
  }, [state]);
  const errors = state?.errors ?? {};
  return (
    <>
      {state?.done && (
        <p className="notice" role="status" tabIndex={-1} ref={notice}>
          {state.done}
        </p>
      )}
      {state && !state.done && <ErrorSummary errors={errors} targets={FIELDS.map(({ id }) => ({ field: id, id }))} title="Les textes n'ont pas été enregistrés" />}
      {state?.preview && (
        <section aria-labelledby="apercu" className="section preview">
          <h2 id="apercu">Aperçu (non enregistré)</h2>
          <p className="lead">
            <strong>{state.preview.title}</strong> — Thème&nbsp;: {state.preview.theme}
          </p>
          <EditionAbout texts={state.preview} headingLevel={3} />
          <h3>Pied de page</h3>
          {state.preview.footerLines.map((line, index) => (
            <p key={`${index}-${line}`}>{line}</p>
          ))}
          {state.preview.contactEmail && <p>Contact&nbsp;: {state.preview.contactEmail}</p>}
        </section>
      )}
      <form key={JSON.stringify(values) + (state?.done ?? "")} action={formAction} noValidate className="form">
        {FIELDS.map((field) => (
          <TextField key={field.id} {...field} error={errors[field.id]} defaultValue={textValue(values, field.id)} />
        ))}
        <div className="button-row">
          <SubmitButton variant="secondary" name="intent" value="preview">
            Prévisualiser
          </SubmitButton>
          <SubmitButton name="intent" value="save">
            Enregistrer
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
