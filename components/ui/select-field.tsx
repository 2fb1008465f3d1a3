import type { ReactNode } from "react";
import type { ChoiceOption } from "./choice";
import { FieldError } from "./field-error";
import { describedBy, hintId } from "./field-ids";

interface SelectFieldProps {
  id: string;
  label: string;
  options: ChoiceOption[];
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  optional?: boolean;
}

/** A labelled drop-down list (named after its id, required unless `optional`) that starts with no choice made. */
export function SelectField({ id, label, options, hint, error, defaultValue = "", optional = false }: SelectFieldProps) {
  return (
    <div className={error ? "field field--error" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId(id)}>
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      <select
        className="input input--select"
        id={id}
        name={id}
        defaultValue={defaultValue}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      >
        <option value="">Sélectionnez…</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
