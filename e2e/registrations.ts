import { expect, type APIRequestContext, type Page } from "@playwright/test";

let sequence = 0;

/** An address no other test uses: the e2e database is shared by every spec of a run. */
export function uniqueEmail(label: string): string {
  sequence += 1;
  return `${label}-${Date.now()}-${sequence}@e2e.collectivite.example.fr`;
}

export interface Person {
  firstName: string;
  lastName: string;
  email: string;
  organisation: string;
  organisationType: string;
  jobTitle: string;
  role: string;
}

export function person(label: string): Person {
  return {
    firstName: "Awa",
    lastName: "N'Diaye",
    email: uniqueEmail(label),
    organisation: "Ville de Bordeaux",
    organisationType: "Commune",
    jobTitle: "Chargée de mission ESS",
    role: "Agent·e",
  };
}

/** Fills the registration form's personal fields and ticks the consent box; the days are chosen by the test. */
export async function fillRegistrationForm(page: Page, someone: Person): Promise<void> {
  await page.getByLabel("Prénom", { exact: true }).fill(someone.firstName);
  await page.getByLabel("Nom", { exact: true }).fill(someone.lastName);
  await page.getByLabel("Adresse email", { exact: true }).fill(someone.email);
  await page.getByLabel("Collectivité ou structure", { exact: true }).fill(someone.organisation);
  await page.getByLabel("Type de structure", { exact: true }).selectOption({ label: someone.organisationType });
  await page.getByLabel("Fonction", { exact: true }).fill(someone.jobTitle);
  await page.getByRole("radio", { name: someone.role }).check();
  await page.getByRole("checkbox", { name: /^J'accepte/ }).check();
}

export interface ApiRegistration {
  registrations: { event: string; status: string; waitlistPosition?: number }[];
  manageToken?: string;
  /** The address registered (not in the API's answer: given back for the journeys). */
  email: string;
}

/** The body of `POST /api/registrations` for a person at `email`; `details` overrides the defaults. */
export const registrationBody = (events: string[], email: string, details: Record<string, string> = {}) => ({
  events,
  firstName: "Awa",
  lastName: "N'Diaye",
  email,
  organisation: "Ville de Bordeaux",
  organisationType: "COMMUNE",
  jobTitle: "Agente",
  role: "AGENT",
  phone: null,
  lunch: false,
  dietaryNeeds: "",
  accessibilityNeeds: "",
  consent: true,
  ...details,
});

/** Registers a new person for the given days through the JSON API; `details` overrides the defaults. */
export async function registerThroughApi(
  request: APIRequestContext,
  events: string[],
  label: string,
  details: Record<string, string> = {},
): Promise<ApiRegistration> {
  const email = uniqueEmail(label);
  const response = await request.post("/api/registrations", { data: registrationBody(events, email, details) });
  expect(response.status(), await response.text()).toBe(201);
  return { ...(await response.json()), email };
}

async function placesLeft(request: APIRequestContext, slug: string): Promise<number> {
  const response = await request.get(`/api/events/${slug}`);
  expect(response.status()).toBe(200);
  return (await response.json()).placesLeft;
}

/** Takes every place left of a day, ten requests at a time; gives the manage tokens of the people it registered. */
export async function fillEvent(request: APIRequestContext, slug: string): Promise<string[]> {
  const tokens: string[] = [];
  for (let left = await placesLeft(request, slug); left > 0; left -= 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, left) }, () => registerThroughApi(request, [slug], `complet-${slug}`)),
    );
    for (const result of batch) {
      expect(result.registrations[0].status).toBe("CONFIRMED");
      if (result.manageToken) tokens.push(result.manageToken);
    }
  }
  expect(await placesLeft(request, slug)).toBe(0);
  return tokens;
}
