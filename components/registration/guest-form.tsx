"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction, FormValues } from "@/lib/form-state";
import type { AskedQuestion } from "@/lib/questions/question-types";
import type { AttendeeChoices } from "./attendee-choices";
import {
  ConsentField,
  LUNCH_TARGETS,
  LunchField,
  NAME_TARGETS,
  NameFields,
  NEEDS_TARGETS,
  NeedsFields,
  ORGANISATION_TARGETS,
  OrganisationFields,
  PHONE_TARGETS,
  PhoneField,
} from "./attendee-fields";
import { DayQuestions, questionTargets } from "./question-field";

interface GuestFormProps {
  accept: FormAction;
  /** The invitation's names and organisation: the form starts from them. */
  initial: FormValues;
  choices: AttendeeChoices;
  /** The national day asks about lunch. */
  lunch: boolean;
  event: { slug: string; title: string };
  /** The day's questions, asked as on the public form (checked on the server, without JavaScript too). */
  questions: AskedQuestion[];
}

/** An invited person with a new address registers: the registration form without the address (the invitation's) and the day. */
export function GuestForm({ accept, initial, choices, lunch, event, questions }: GuestFormProps) {
  const [state, action] = useActionState(accept, null);
  const values = state?.values ?? initial;
  const errors = state?.errors ?? {};
  const targets = [...(lunch ? LUNCH_TARGETS : []), ...NAME_TARGETS, ...PHONE_TARGETS, ...ORGANISATION_TARGETS, ...NEEDS_TARGETS, ...questionTargets(event.slug, questions), { field: "consent", id: "consent" }];
  return (
    <>
      {state && <ErrorSummary errors={errors} targets={targets} title="Votre inscription n'a pas été enregistrée" />}
      <form key={JSON.stringify(values)} action={action} noValidate className="form">
        <p className="form__intro">Tous les champs sont obligatoires, sauf ceux marqués « facultatif ».</p>
        {lunch && <LunchField values={values} errors={errors} />}
        <div className="form-section">
          <h2 className="form-section__title">Vos coordonnées</h2>
          <NameFields values={values} errors={errors} />
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
        {questions.length > 0 && (
          <div className="form-section">
            <h2 className="form-section__title">Les questions des organisateurs</h2>
            <DayQuestions event={event.slug} questions={questions} values={values} errors={errors} />
          </div>
        )}
        <ConsentField values={values} errors={errors} />
        <SubmitButton>Accepter l&apos;invitation et m&apos;inscrire</SubmitButton>
      </form>
    </>
  );
}
