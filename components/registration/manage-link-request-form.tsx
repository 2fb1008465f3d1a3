"use client";

import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { FormAction } from "@/lib/form-state";

/** « Lien perdu » : an address, and the same answer whether it is registered or not. */
export function ManageLinkRequestForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, null);
  const errors = state?.errors ?? {};
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.done) done.current?.focus();
  }, [state]);
  const email = state?.values?.email;

  return (
    <>
      <div role="status" tabIndex={-1} ref={done}>
        {state?.done && <p className="notice notice--success">{state.done}</p>}
      </div>
      {state && <ErrorSummary errors={errors} targets={[{ field: "email", id: "email" }]} title="Votre demande n'a pas été envoyée" />}
      <form action={formAction} className="form" noValidate>
        <TextField
          id="email"
          label="Adresse email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          hint="L'adresse avec laquelle vous vous êtes inscrit·e."
          defaultValue={typeof email === "string" ? email : ""}
          error={errors.email}
        />
        <SubmitButton>Recevoir mon lien</SubmitButton>
      </form>
    </>
  );
}
