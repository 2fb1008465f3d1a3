import type { FormValues } from "../form-state";

const TEXT_FIELDS = [
  "email", "firstName", "lastName", "organisation", "organisationType", "jobTitle", "role", "phone", "lunch",
  "dietaryNeeds", "accessibilityNeeds", "consent",
] as const;

/** The organisers' questions' fields: answers.<event slug>.<question key> (lib/questions/answers.ts). */
const ANSWER_PREFIX = "answers.";

/**
 * The answers typed for the chosen days, by event then question key: the other days' fields are
 * sent too (hidden by CSS, or all shown without it) and are not the person's answers. Without
 * `events` (a form that asks one day's questions), every day's answers sent.
 */
export function answersFromForm(values: FormValues, events?: string[]): Record<string, Record<string, string | string[]>> {
  const answers: Record<string, Record<string, string | string[]>> = {};
  for (const [field, value] of Object.entries(values)) {
    if (!field.startsWith(ANSWER_PREFIX)) continue;
    const [event, key, ...rest] = field.slice(ANSWER_PREFIX.length).split(".");
    if (!event || !key || rest.length > 0 || (events && !events.includes(event))) continue;
    (answers[event] ??= {})[key] = value;
  }
  return answers;
}

export function formValues(formData: FormData): FormValues {
  // An empty value is the form's "no regional day" choice.
  const events = formData.getAll("events").filter((value): value is string => typeof value === "string" && value !== "");
  const values: FormValues = { events };
  for (const field of TEXT_FIELDS) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }
  for (const field of new Set(formData.keys())) {
    if (!field.startsWith(ANSWER_PREFIX)) continue;
    const all = formData.getAll(field).filter((value): value is string => typeof value === "string");
    // One ticked box of a group arrives as a text: the answer's schema takes either.
    values[field] = all.length === 1 ? all[0] : all;
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
    answers: answersFromForm(values, Array.isArray(values.events) ? values.events : [values.events]),
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
