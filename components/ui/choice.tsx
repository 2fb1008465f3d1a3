import type { ReactNode } from "react";
import { hintId } from "./field-ids";

export interface ChoiceOption {
  value: string;
  label: string;
}

interface ChoiceProps {
  type: "radio" | "checkbox";
  id: string;
  name?: string;
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  defaultChecked?: boolean;
  disabled?: boolean;
  required?: boolean;
  invalid?: boolean;
  /** Ids of messages that describe the whole group, e.g. its error. */
  describedBy?: string;
}

/** One radio button or checkbox with its label and hint. */
export function Choice({ type, id, name, value, label, hint, defaultChecked, disabled, required, invalid, describedBy }: ChoiceProps) {
  const description = [hint ? hintId(id) : null, describedBy ?? null].filter((part) => part !== null).join(" ");
  return (
    <div className="choice">
      <input
        className="choice__input"
        type={type}
        id={id}
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        disabled={disabled}
        required={required}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={description || undefined}
      />
      <label className="choice__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="choice__hint" id={hintId(id)}>
          {hint}
        </p>
      )}
    </div>
  );
}
