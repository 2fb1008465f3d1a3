import type { RegistrationInput } from "../../lib/registrations/schema";

/** A valid registration of person number `n` (distinct email per n). */
export function person(n: number, events: string[], overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    events,
    email: `personne${n}@collectivite.example.fr`,
    firstName: "Awa",
    lastName: `N'Diaye-${n}`.replace(/\d/g, (digit) => "abcdefghij"[Number(digit)]),
    organisation: "Ville de Rennes",
    organisationType: "COMMUNE",
    jobTitle: "Adjointe à l'ESS",
    role: "ELU",
    phone: null,
    lunch: true,
    dietaryNeeds: "",
    accessibilityNeeds: "",
    consent: true,
    ...overrides,
  };
}
