import type { ReactNode } from "react";
import { Choice, type ChoiceOption } from "./choice";
import { FieldError } from "./field-error";
import { choiceId, describedBy, errorId, hintId } from "./field-ids";

interface RadioGroupProps {
  id: string;
  legend: string;
  options: ChoiceOption[];
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  inline?: boolean;
}

/** A fieldset of radio buttons named after its id; each option's id is choiceId(id, value). */
export function RadioGroup({ id, legend, options, hint, error, defaultValue, inline = false }: RadioGroupProps) {
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
            type="radio"
            id={choiceId(id, option.value)}
            name={id}
            value={option.value}
            label={option.label}
            defaultChecked={option.value === defaultValue}
            invalid={Boolean(error)}
            describedBy={error ? errorId(id) : undefined}
          />
        ))}
      </div>
    </fieldset>
  );
}
