import type { ReactNode } from "react";
import { Choice, type ChoiceOption } from "./choice";
import { FieldError } from "./field-error";
import { choiceId, describedBy, errorId, hintId } from "./field-ids";

interface ChoiceGroupProps {
  type: "radio" | "checkbox";
  id: string;
  legend: string;
  options: ChoiceOption[];
  hint?: ReactNode;
  error?: string;
  /** The values ticked when the group first shows. */
  checked: string[];
  inline?: boolean;
}

/** A fieldset of radio buttons or checkboxes named after its id; each option's id is choiceId(id, value). */
export function ChoiceGroup({ type, id, legend, options, hint, error, checked, inline = false }: ChoiceGroupProps) {
  return (
    <fieldset className={error ? "field field--error" : "field"} aria-describedby={describedBy(id, { hint, error })}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId(id)}>
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      <div className={inline ? "choices choices--inline" : "choices"}>
        {options.map((option) => (
          <Choice
            key={option.value}
            type={type}
            id={choiceId(id, option.value)}
            name={id}
            value={option.value}
            label={option.label}
            defaultChecked={checked.includes(option.value)}
            invalid={Boolean(error)}
            describedBy={error ? errorId(id) : undefined}
          />
        ))}
      </div>
    </fieldset>
  );
}
