"use client";

import { useActionState, useEffect, useRef } from "react";
import { DayQuestions, questionTargets } from "@/components/registration/question-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction, FormValues } from "@/lib/form-state";
import type { AskedQuestion } from "@/lib/questions/question-types";

interface AnswersFormProps {
  action: FormAction;
  event: { slug: string; title: string };
  questions: AskedQuestion[];
  /** The saved answers as form values (lib/questions/answers.ts answerFormValues). */
  saved: FormValues;
  /** The level of the day's heading: 3 under the manage page's section, 2 right under a page's title. */
  headingLevel?: 2 | 3;
}

/** The attendee's answers to one day's questions, edited from the manage page. */
export function AnswersForm({ action, event, questions, saved, headingLevel = 3 }: AnswersFormProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const [state, formAction] = useActionState(action, null);
  const errors = state?.errors ?? {};
  const values = state?.values ?? saved;
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.done) done.current?.focus();
  }, [state]);

  return (
    <>
      <div role="status" tabIndex={-1} ref={done}>
        {state?.done && <p className="notice notice--success">{state.done}</p>}
      </div>
      {state && <ErrorSummary errors={errors} targets={questionTargets(event.slug, questions)} title="Vos réponses n'ont pas été enregistrées" />}
      <form key={JSON.stringify(values)} action={formAction} noValidate className="form">
        <div className="form-section">
          <Heading className="form-section__title">{event.title}</Heading>
          <DayQuestions event={event.slug} questions={questions} values={values} errors={errors} />
        </div>
        <SubmitButton>Enregistrer mes réponses<span className="visually-hidden"> pour « {event.title} »</span></SubmitButton>
      </form>
    </>
  );
}
