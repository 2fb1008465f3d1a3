import type { HTMLInputAutoCompleteAttribute, ReactNode } from "react";
import { FieldError } from "./field-error";
import { describedBy, hintId } from "./field-ids";

interface TextFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  defaultValue?: string;
  type?: "text" | "email" | "tel" | "number" | "date" | "time" | "datetime-local";
  autoComplete?: HTMLInputAutoCompleteAttribute;
  spellCheck?: boolean;
  /** A multi-line text area of this many rows instead of a one-line input. */
  rows?: number;
  /** Shown and sent with the form, but not editable (say why in the hint). */
  readOnly?: boolean;
}

/** A labelled text input (named after its id), with its hint and error message. */
export function TextField({ id, label, hint, error, optional = false, defaultValue = "", type = "text", autoComplete, spellCheck, rows, readOnly }: TextFieldProps) {
  const common = {
    id,
    name: id,
    defaultValue,
    readOnly,
    required: !optional,
    spellCheck,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, { hint, error }),
  };
  return (
    <div className={error ? "field field--error" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> (facultatif)</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId(id)}>
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      {rows ? (
        <textarea className="input input--area" rows={rows} {...common} />
      ) : (
        <input className="input" type={type} autoComplete={autoComplete} {...common} />
      )}
    </div>
  );
}
