"use client";

import { useActionState, useEffect, useRef } from "react";
import { listValue, textValue } from "@/components/registration/form-values";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary, type ErrorTarget } from "@/components/ui/error-summary";
import { choiceId } from "@/components/ui/field-ids";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { FormAction, FormValues } from "@/lib/form-state";
import type { FieldGroup, FieldSpec } from "./field-spec";

interface AdminFormProps {
  /** The server action (it checks who asks, first thing). */
  action: FormAction;
  groups: FieldGroup[];
  /** What the fields show first: the saved record, or nothing for a new one. */
  initial: FormValues;
  submitLabel: string;
  /** The error summary's title when the action refuses as a whole. */
  errorTitle: string;
  /** Shown above the fields. */
  intro?: string;
  /** Sent with the form, unseen (e.g. where to go back to). */
  hidden?: Record<string, string>;
  /** "danger" for a form whose submission removes something. */
  variant?: "primary" | "secondary" | "danger";
}

const targetOf = (field: FieldSpec): ErrorTarget => ({
  field: field.name,
  id: field.type === "radio" || field.type === "checkboxes" ? choiceId(field.name, field.options[0]?.value ?? "") : field.name,
});

function Field({ field, values, error }: { field: FieldSpec; values: FormValues; error?: string }) {
  const common = { id: field.name, label: field.label, hint: field.hint, error };
  switch (field.type) {
    case "textarea":
      return <TextField {...common} optional={field.optional} rows={field.rows ?? 4} defaultValue={textValue(values, field.name)} />;
    case "select":
      return <SelectField {...common} optional={field.optional} options={field.options} defaultValue={textValue(values, field.name)} />;
    case "radio":
      return <RadioGroup id={field.name} legend={field.label} hint={field.hint} error={error} options={field.options} defaultValue={textValue(values, field.name)} />;
    case "checkboxes":
      return <ChoiceGroup type="checkbox" id={field.name} legend={field.label} hint={field.hint} error={error} options={field.options} checked={listValue(values, field.name)} />;
    default:
      return (
        <TextField
          {...common}
          type={field.type}
          optional={field.optional}
          autoComplete={field.type === "email" ? "off" : field.autoComplete}
          readOnly={field.readOnly}
          defaultValue={textValue(values, field.name)}
        />
      );
  }
}

/**
 * A back-office form declared as data: French error summary and messages by field, every typed
 * value kept after an error, a notice when saved. It posts to a server action, so it works without
 * JavaScript too.
 */
export function AdminForm({ action, groups, initial, submitLabel, errorTitle, intro, hidden = {}, variant = "primary" }: AdminFormProps) {
  const [state, formAction] = useActionState(action, null);
  const errors = state?.errors ?? {};
  const values = state?.values ?? initial;
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state?.done) notice.current?.focus();
  }, [state]);

  return (
    <>
      {state?.done && (
        <p className="notice" role="status" tabIndex={-1} ref={notice}>
          {state.done}
        </p>
      )}
      {state && !state.done && <ErrorSummary errors={errors} targets={groups.flatMap((group) => group.fields).map(targetOf)} title={errorTitle} />}
      <form key={JSON.stringify(values) + (state?.done ?? "")} action={formAction} noValidate className="form">
        {intro && <p className="form__intro">{intro}</p>}
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {groups.map((group, index) => (
          <div key={group.title ?? index} className="form-section">
            {group.title && <h2 className="form-section__title">{group.title}</h2>}
            {group.fields.map((field) => (
              <Field key={field.name} field={field} values={values} error={errors[field.name]} />
            ))}
          </div>
        ))}
        <div className="button-row">
          <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
        </div>
      </form>
    </>
  );
}
