"use client";

import { useActionState, useEffect, useRef } from "react";
import type { FormAction } from "@/lib/form-state";
import type { AttendeeChoices } from "@/components/registration/attendee-choices";
import {
  LUNCH_TARGETS,
  LunchField,
  NAME_TARGETS,
  NEEDS_TARGETS,
  NameFields,
  NeedsFields,
  ORGANISATION_TARGETS,
  OrganisationFields,
  PHONE_TARGETS,
  PhoneField,
} from "@/components/registration/attendee-fields";
import { ErrorSummary } from "@/components/ui/error-summary";
import { hintId } from "@/components/ui/field-ids";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormValues } from "@/lib/form-state";

interface DetailsFormProps {
  action: FormAction;
  email: string;
  /** The saved details as form values; `lunch` only while the person holds a national-day registration. */
  saved: FormValues;
  choices: AttendeeChoices;
}

const TARGETS = [...NAME_TARGETS, ...PHONE_TARGETS, ...ORGANISATION_TARGETS, ...LUNCH_TARGETS, ...NEEDS_TARGETS];

/** The attendee's own details, as on the registration form, without the email, days and consent. */
export function DetailsForm({ action, email, saved, choices }: DetailsFormProps) {
  const [state, formAction] = useActionState(action, null);
  const errors = state?.errors ?? {};
  const values = state?.values ?? saved;
  // Saving re-renders the form from the new details, taking the focus from its button: it goes to the outcome.
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.done) done.current?.focus();
  }, [state]);

  return (
    <>
      <div role="status" tabIndex={-1} ref={done}>
        {state?.done && <p className="notice notice--success">{state.done}</p>}
      </div>
      {state && <ErrorSummary errors={errors} targets={TARGETS} title="Vos informations n'ont pas été enregistrées" />}
      {/* See the registration form: the key makes the fields start again from the submitted values. */}
      <form key={JSON.stringify(values)} action={formAction} noValidate className="form">
        <div className="form-section">
          <h3 className="form-section__title">Vos coordonnées</h3>
          <NameFields values={values} errors={errors} />
          <div className="field">
            <label className="field__label" htmlFor="email">
              Adresse email
            </label>
            <p className="field__hint" id={hintId("email")}>
              Elle ne peut pas être modifiée. Pour utiliser une autre adresse, inscrivez-vous à nouveau avec
              celle-ci, puis annulez cette inscription.
            </p>
            <input className="input" id="email" type="email" value={email} readOnly aria-describedby={hintId("email")} />
          </div>
          <PhoneField values={values} errors={errors} />
        </div>
        <div className="form-section">
          <h3 className="form-section__title">Votre structure</h3>
          <OrganisationFields values={values} errors={errors} choices={choices} />
        </div>
        <div className="form-section">
          <h3 className="form-section__title">Votre venue</h3>
          {"lunch" in saved && <LunchField values={values} errors={errors} />}
          <NeedsFields values={values} errors={errors} />
        </div>
        <SubmitButton>Enregistrer mes informations</SubmitButton>
      </form>
    </>
  );
}
