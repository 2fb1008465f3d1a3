"use client";

import { useState } from "react";
import { Choice, type ChoiceOption } from "@/components/ui/choice";
import { FieldError } from "@/components/ui/field-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { DoorPerson } from "@/lib/checkin/door-person";

interface WalkInFormProps {
  slug: string;
  online: boolean;
  organisationTypes: ChoiceOption[];
  roles: ChoiceOption[];
  /** Admins may go beyond the capacity, with a reason. */
  canExceedCapacity: boolean;
  onAdded: (person: DoorPerson, counts: { present: number; confirmed: number }) => void;
  /** The address is already on the day's list: the door finds the person there. */
  onListed: (person: DoorPerson) => void;
}

type WalkInAnswer = {
  status?: "REGISTERED" | "ON_LIST" | "CHECK_MAILBOX";
  message?: string;
  person?: DoorPerson;
  counts?: { present: number; confirmed: number };
  errors?: Record<string, string>;
  error?: string;
};

/**
 * Registers someone who came without registering and lets them in; needs the network. An address
 * already known is not registered from here: the server says what to do (see add-walk-in.ts).
 */
export function WalkInForm({ slug, online, organisationTypes, roles, canExceedCapacity, onAdded, onListed }: WalkInFormProps) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "");
    setPending(true);
    setNotice(null);
    try {
      const response = await fetch(`/api/admin/events/${slug}/walk-ins`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          email: text("email"),
          firstName: text("firstName"),
          lastName: text("lastName"),
          organisation: text("organisation"),
          organisationType: text("organisationType"),
          jobTitle: text("jobTitle"),
          role: text("role"),
          consent: data.get("consent") === "on",
          overCapacityReason: text("overCapacityReason"),
          operationId: crypto.randomUUID(),
        }),
      });
      const answer = (await response.json()) as WalkInAnswer;
      if (response.ok && (answer.status === "CHECK_MAILBOX" || answer.status === "ON_LIST")) {
        setErrors({});
        form.reset();
        setNotice(answer.message ?? null);
        if (answer.status === "ON_LIST" && answer.person) onListed(answer.person);
      } else if (response.ok && answer.person && answer.counts) {
        setErrors({});
        form.reset();
        onAdded(answer.person, answer.counts);
      } else {
        setErrors(answer.errors ?? { form: answer.error ?? "L'ajout a échoué : réessayez." });
      }
    } catch {
      setErrors({ form: "Pas de réseau : l'ajout sur place demande une connexion." });
    } finally {
      setPending(false);
    }
  }

  const messages = Object.values(errors);
  return (
    <details className="door-walk-in">
      <summary>Ajouter une personne sur place</summary>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit(event.currentTarget);
        }}
      >
        <div role="status">{notice && <p className="notice">{notice}</p>}</div>
        {messages.length > 0 && (
          <div className="notice notice--error" role="alert">
            <p>L&apos;ajout n&apos;a pas été fait :</p>
            <ul>
              {messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        <TextField id="lastName" label="Nom" autoComplete="off" error={errors.lastName} />
        <TextField id="firstName" label="Prénom" autoComplete="off" error={errors.firstName} />
        <TextField id="email" label="Email" type="email" autoComplete="off" hint="Pour la confirmation et l'attestation de présence." error={errors.email} />
        <TextField id="organisation" label="Organisation" autoComplete="off" error={errors.organisation} />
        <SelectField id="organisationType" label="Type de structure" options={organisationTypes} error={errors.organisationType} />
        <TextField id="jobTitle" label="Fonction" autoComplete="off" error={errors.jobTitle} />
        <SelectField id="role" label="Statut" options={roles} error={errors.role} />
        {canExceedCapacity && (
          <TextField id="overCapacityReason" label="Motif pour dépasser la capacité" optional hint="Seulement si la journée est complète." error={errors.overCapacityReason} />
        )}
        <div className={errors.consent ? "field field--error" : "field"}>
          <FieldError id="consent" message={errors.consent} />
          <Choice type="checkbox" id="consent" name="consent" value="on" label="La personne accepte le traitement de ses données pour cette journée." invalid={Boolean(errors.consent)} />
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={pending || !online}>
            {pending ? "Ajout…" : "Ajouter et marquer présent·e"}
          </button>
        </div>
        {!online && <p className="field__hint">Pas de réseau : l&apos;ajout sur place reprendra au retour de la connexion.</p>}
      </form>
    </details>
  );
}
