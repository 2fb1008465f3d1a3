"use client";

import { useActionState } from "react";
import { textValue } from "@/components/registration/form-values";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { FormAction, FormValues } from "@/lib/form-state";
import type { ImportPreviewState } from "@/lib/invitations/schema";

const TERMS = ["role", "message", "expiresAt", "reminderDays"] as const;

interface InvitationImportProps {
  preview: (previous: ImportPreviewState | null, formData: FormData) => Promise<ImportPreviewState>;
  send: FormAction;
  roles: { value: string; label: string }[];
  /** The terms' first values (the expiry: the eve of the day). */
  initial: FormValues;
}

/**
 * Many invitations at once: a pasted or uploaded list (email;prénom;nom;organisation) is first
 * previewed, each line valid or with its error, then the valid lines are sent. Both steps are
 * server actions, so it works without JavaScript too.
 */
export function InvitationImport({ preview, send, roles, initial }: InvitationImportProps) {
  const [state, previewAction] = useActionState(preview, null);
  const [sent, sendAction] = useActionState(send, null);
  const values = state?.values ?? initial;
  const errors = state?.errors ?? {};
  const lines = state?.lines ?? [];
  const valid = lines.filter((line) => line.invitee);

  return (
    <>
      {state && !state.done && (
        <ErrorSummary
          errors={errors}
          targets={["csv", "fichier", ...TERMS].map((field) => ({ field, id: field }))}
          title="La liste n'a pas pu être lue"
        />
      )}
      <form action={previewAction} noValidate className="form">
        <TextField id="csv" label="Personnes à inviter" rows={6} defaultValue={textValue(values, "csv")} error={errors.csv} optional hint="Une personne par ligne : email;prénom;nom;organisation. Une ligne d'en-tête est ignorée." />
        <div className={errors.fichier ? "field field--error" : "field"}>
          <label className="field__label" htmlFor="fichier">
            Ou un fichier CSV
            <span className="field__optional"> (facultatif)</span>
          </label>
          {errors.fichier && (
            <p className="field__error" id="fichier-error">
              {errors.fichier}
            </p>
          )}
          <input className="field__input" type="file" id="fichier" name="fichier" accept=".csv,text/csv,text/plain" aria-describedby={errors.fichier ? "fichier-error" : undefined} />
        </div>
        <Terms values={values} errors={errors} roles={roles} />
        <div className="button-row">
          <SubmitButton variant="secondary">Prévisualiser</SubmitButton>
        </div>
      </form>

      {lines.length > 0 && (
        <section className="section">
          <h2 id="apercu-import">{state?.done ?? "Aperçu"}</h2>
          <div className="table-wrapper" role="region" aria-labelledby="apercu-import" tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Adresse</th>
                  <th scope="col">Prénom</th>
                  <th scope="col">Nom</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">À corriger</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) =>
                  line.invitee ? (
                    <tr key={line.line}>
                      <td>{line.line}</td>
                      <td>{line.invitee.email}</td>
                      <td>{line.invitee.firstName}</td>
                      <td>{line.invitee.lastName}</td>
                      <td>{line.invitee.organisation}</td>
                      <td>—</td>
                    </tr>
                  ) : (
                    <tr key={line.line}>
                      <td>{line.line}</td>
                      <td colSpan={4}>{line.text}</td>
                      <td>
                        <strong>{line.error}</strong>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
          {valid.length > 0 && (
            <form action={sendAction} className="form">
              {["csv", ...TERMS].map((field) => (
                <input key={field} type="hidden" name={field} value={textValue(values, field)} />
              ))}
              <div className="button-row">
                <SubmitButton>{`Envoyer ${valid.length} invitation${valid.length > 1 ? "s" : ""}`}</SubmitButton>
              </div>
            </form>
          )}
        </section>
      )}
      {sent?.done && (
        <p className="notice" role="status">
          {sent.done}
        </p>
      )}
      {sent && !sent.done && (
        <p className="field__error" role="alert">
          {Object.values(sent.errors).join(" ")}
        </p>
      )}
    </>
  );
}

/** Role, message, expiry and reminder: shared by every invitation of one sending. */
function Terms({ values, errors, roles }: { values: FormValues; errors: Record<string, string>; roles: { value: string; label: string }[] }) {
  return (
    <>
      <SelectField id="role" label="Rôle" options={roles} defaultValue={textValue(values, "role")} error={errors.role} />
      <TextField id="message" label="Message" rows={3} optional defaultValue={textValue(values, "message")} error={errors.message} hint="Ajouté à l'email d'invitation." />
      <TextField id="expiresAt" label="Réponse attendue avant le" type="datetime-local" defaultValue={textValue(values, "expiresAt")} error={errors.expiresAt} />
      <TextField id="reminderDays" label="Rappel, jours avant cette date" type="number" optional defaultValue={textValue(values, "reminderDays")} error={errors.reminderDays} hint="Vide ou 0 : pas de rappel." />
    </>
  );
}
