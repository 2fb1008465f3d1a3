import type { ReactNode } from "react";
import type { ChoiceOption } from "./choice";
import { ChoiceGroup } from "./choice-group";

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
export function RadioGroup({ defaultValue, ...props }: RadioGroupProps) {
  return <ChoiceGroup type="radio" checked={defaultValue ? [defaultValue] : []} {...props} />;
}
