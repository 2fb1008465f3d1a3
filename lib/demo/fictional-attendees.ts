import type { RegistrationInput } from "../registrations/schema";

/** Fictional French attendees for trying the back office and for measurements: never real people. */
const FIRST_NAMES = [
  "Camille", "Zoë", "Léa", "Maëlle", "Chloé", "Anaïs", "Hélène", "Françoise", "Agnès", "Bérénice", "Noémie", "Solène", "Awa", "Fatou", "Inès",
  "Yasmine", "Jean-Baptiste", "François", "Loïc", "Jérôme", "Benoît", "Stéphane", "Joël", "Gaël", "Mathéo", "Noël", "Hervé", "Karim", "Łukasz", "Đức",
];
const LAST_NAMES = [
  "Martin", "Lefèvre", "Dubois-Laurent", "N'Diaye", "Le Gall", "Rousseau", "Lœuvre", "Bélanger", "Garnier", "Ménard", "Fontaine", "Chevalier",
  "Da Silva", "Nguyễn", "Ørsted-Núñez", "Benali", "Traoré", "Kerjean", "Etcheverry", "Lacroix-Dumont", "Hébert", "Mercier", "Poirier", "Roussel",
];
const PLACES = ["Nancy", "Grenoble", "Bordeaux", "Rennes", "Lille", "Montreuil", "Saint-Étienne", "Besançon", "Quimper", "Pau", "Annecy", "Épinal"];
const ORGANISATIONS: [RegistrationInput["organisationType"], (place: string) => string][] = [
  ["COMMUNE", (place) => `Ville de ${place}`],
  ["INTERCOMMUNALITE", (place) => `Communauté d'agglomération de ${place}`],
  ["DEPARTEMENT", (place) => `Conseil départemental (${place})`],
  ["REGION", (place) => `Conseil régional, antenne de ${place}`],
  ["RESEAU", () => "Réseau des collectivités territoriales pour une économie solidaire"],
  ["STRUCTURE_ESS", (place) => `Coopérative d'activités et d'emploi de ${place}`],
  ["ETAT", (place) => `Préfecture, service de ${place}`],
  ["AUTRE", (place) => `Association des amis de ${place}`],
];
const JOBS: [RegistrationInput["role"], string][] = [
  ["ELU", "Adjointe au maire chargée de l'ESS"],
  ["ELU", "Vice-président chargé du développement économique"],
  ["AGENT", "Chargée de mission économie sociale et solidaire"],
  ["AGENT", "Directeur du développement territorial"],
  ["AUTRE", "Coordinatrice de réseau"],
];
const DIETS = ["Végétarien", "Sans gluten", "Sans porc", "Végan", "Allergie aux fruits à coque"];
const NEEDS = ["Accès en fauteuil roulant", "Boucle magnétique", "Place réservée près de la scène"];

/** A small deterministic generator, so that a run can be repeated. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { chance: (probability: number) => next() < probability, pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] };
}

/** Attendee number `n` for the given days (distinct email per n), with the frequencies of a real list. */
export function fictionalAttendee(n: number, events: string[], { seed = 1 } = {}): RegistrationInput {
  const random = generator(seed * 100_003 + n);
  const [organisationType, organisation] = random.pick(ORGANISATIONS);
  const [role, jobTitle] = random.pick(JOBS);
  return {
    events,
    email: `participant-${n}@demo.rencontres-ess.test`,
    firstName: random.pick(FIRST_NAMES),
    lastName: random.pick(LAST_NAMES),
    organisation: organisation(random.pick(PLACES)),
    organisationType,
    jobTitle,
    role,
    phone: random.chance(0.6) ? `06 ${String(10 + (n % 89))} ${String(10 + ((n * 7) % 89))} ${String(10 + ((n * 13) % 89))} ${String(10 + ((n * 31) % 89))}` : null,
    lunch: random.chance(0.75),
    dietaryNeeds: random.chance(0.15) ? random.pick(DIETS) : "",
    accessibilityNeeds: random.chance(0.04) ? random.pick(NEEDS) : "",
    consent: true,
  };
}
