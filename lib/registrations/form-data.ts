import type { FormValues } from "../form-state";

const TEXT_FIELDS = [
  "email", "firstName", "lastName", "organisation", "organisationType", "jobTitle", "role", "phone", "lunch",
  "dietaryNeeds", "accessibilityNeeds", "consent",
] as const;

export function formValues(formData: FormData): FormValues {
  // An empty value is the form's "no regional day" choice.
  const events = formData.getAll("events").filter((value): value is string => typeof value === "string" && value !== "");
  const values: FormValues = { events };
  for (const field of TEXT_FIELDS) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return values;
}

const text = (values: FormValues, field: string) => (typeof values[field] === "string" ? values[field] : undefined);

/**
 * The form's text turned into the shape the zod schemas validate (the JSON API's shape): radio
 * "oui"/"non" and checkboxes become booleans, an empty phone becomes null.
 */
export function registrationInputFromForm(values: FormValues): Record<string, unknown> {
  return {
    ...detailsFromForm(values),
    events: values.events,
    email: text(values, "email"),
    lunch: text(values, "lunch") === "oui",
    consent: text(values, "consent") === "oui",
  };
}

export function detailsFromForm(values: FormValues): Record<string, unknown> {
  return {
    firstName: text(values, "firstName"),
    lastName: text(values, "lastName"),
    organisation: text(values, "organisation"),
    organisationType: text(values, "organisationType") || undefined,
    jobTitle: text(values, "jobTitle"),
    role: text(values, "role") || undefined,
    phone: text(values, "phone") || null,
    dietaryNeeds: text(values, "dietaryNeeds") ?? "",
    accessibilityNeeds: text(values, "accessibilityNeeds") ?? "",
    ...(text(values, "lunch") !== undefined ? { lunch: text(values, "lunch") === "oui" } : {}),
  };
}
