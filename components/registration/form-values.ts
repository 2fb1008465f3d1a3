import type { FormValues } from "@/lib/form-state";

/** A text field's value as last submitted, or "" when there is none. */
export function textValue(values: FormValues | undefined, field: string): string {
  const value = values?.[field];
  return typeof value === "string" ? value : "";
}

/** The values of a field sent several times (checkboxes), as last submitted. */
export function listValue(values: FormValues | undefined, field: string): string[] {
  const value = values?.[field];
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value;
}
