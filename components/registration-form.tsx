"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/form-state";
import { ErrorSummary, type ErrorTarget } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { AttendeeChoices } from "./registration/attendee-choices";
import {
  ConsentField,
  LUNCH_TARGETS,
  NAME_TARGETS,
  NEEDS_TARGETS,
  NameFields,
  NeedsFields,
  ORGANISATION_TARGETS,
  OrganisationFields,
  PHONE_TARGETS,
  PhoneField,
} from "./registration/attendee-fields";
import { EventChoice, firstEventId } from "./registration/event-choice";
import type { EventOption } from "./registration/event-option";
import { listValue, textValue } from "./registration/form-values";
import { questionTargets } from "./registration/question-field";

interface RegistrationFormProps {
  /** The server action that registers (app/(public)/inscription/actions.ts). */
  register: FormAction;
  events: EventOption[];
  /** The event ticked when the form first shows (from ?evenement=). */
  preselected: string | null;
  choices: AttendeeChoices;
  /** The signed time the form was shown (lib/links/form-guard.ts). */
  shownAt: string;
}

function errorTargets(events: EventOption[]): ErrorTarget[] {
  return [
    { field: "events", id: firstEventId(events) },
    ...LUNCH_TARGETS,
    ...events.flatMap((event) => questionTargets(event.slug, event.questions)),
    ...NAME_TARGETS,
    { field: "email", id: "email" },
    ...PHONE_TARGETS,
    ...ORGANISATION_TARGETS,
    ...NEEDS_TARGETS,
    { field: "consent", id: "consent" },
  ];
}

export function RegistrationForm({ register, events, preselected, choices, shownAt }: RegistrationFormProps) {
  const [state, action] = useActionState(register, null);
  const values = state?.values;
  const errors = state?.errors ?? {};
  const chosen = values ? listValue(values, "events") : preselected ? [preselected] : [];

  return (
    <>
      {state && (
        <ErrorSummary errors={errors} targets={errorTargets(events)} title="Votre inscription n'a pas été enregistrée" />
      )}
      {/* React resets a form after its action; a key that follows the submitted values makes the
          fields (selects included) start again from them rather than from the first render. */}
      <form key={JSON.stringify(values ?? null)} action={action} noValidate className="form">
        <p className="form__intro">Tous les champs sont obligatoires, sauf ceux marqués « facultatif ».</p>
        <input type="hidden" name="formulaire" value={shownAt} />
        {/* Out of sight and out of reach: only a script filling every field fills this one. */}
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor="site_web">Ne pas remplir ce champ</label>
          <input id="site_web" name="site_web" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <EventChoice events={events} chosen={chosen} values={values} errors={errors} />

        <div className="form-section">
          <h2 className="form-section__title">Vos coordonnées</h2>
          <NameFields values={values} errors={errors} />
          <TextField
            id="email"
            label="Adresse email"
            type="email"
            hint="Nous y enverrons la confirmation et le lien pour gérer votre inscription."
            autoComplete="email"
            spellCheck={false}
            defaultValue={textValue(values, "email")}
            error={errors.email}
          />
          <PhoneField values={values} errors={errors} />
        </div>

        <div className="form-section">
          <h2 className="form-section__title">Votre structure</h2>
          <OrganisationFields values={values} errors={errors} choices={choices} />
        </div>

        <div className="form-section">
          <h2 className="form-section__title">Votre venue</h2>
          <NeedsFields values={values} errors={errors} />
        </div>

        <ConsentField values={values} errors={errors} />

        <SubmitButton>Valider mon inscription</SubmitButton>
      </form>
    </>
  );
}
