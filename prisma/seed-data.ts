// The content of the source document (../shared/seed/000_34bc759ffbd4921c.txt): the 2nd national
// meetings of local authorities about the ESS, a national day on 26 June and four regional days on
// 12 September. Day and month come from the document (2013: a Wednesday and a Thursday); the year is
// chosen when seeding.
import type { EventKind, ProgrammeItemKind } from "../lib/db/models";

/** The year of the document: its days' weekdays are those the seeded year keeps. */
export const DOCUMENT_YEAR = 2013;

/** The texts of the series, as the current edition holds them (admins edit them at /admin/serie). */
export const EDITION = {
  title: "2es Rencontres nationales des collectivités locales autour de l'ESS",
  theme: "Économie sociale et solidaire et coopération territoriale",
  context: [
    "Le principe d'organiser des Rencontres annuelles des collectivités autour de l'ESS a été approuvé lors de la rencontre du 30 mars 2012, et réaffirmé lors de la signature de la déclaration commune le 5 mars 2013.",
    "Ces rencontres sont co-organisées par les réseaux de collectivités signataires de la déclaration du 5 mars.",
    "Les dates retenues devraient correspondre à la présentation de la loi sur l'ESS au Conseil des ministres (en juin) et à la discussion au Parlement (en septembre).",
  ].join("\n\n"),
  footer: [
    "Rencontres des collectivités locales autour de l'économie sociale et solidaire.",
    "Co-organisées par les réseaux de collectivités signataires de la déclaration commune du 5\u00a0mars\u00a02013.",
  ].join("\n"),
};

/** The seeded edition's slug: `?edition=` of the events API names it. */
export const editionSlug = (year: number) => `rencontres-${year}`;

export const NETWORKS = [
  { acronym: "ARF", name: "Association des régions de France" },
  { acronym: "ADF", name: "Assemblée des départements de France" },
  { acronym: "AdCF", name: "Assemblée des communautés de France" },
  { acronym: "AMGVF", name: "Association des maires des grandes villes de France" },
  { acronym: "AMF", name: "Association des maires de France" },
  { acronym: "RTES", name: "Réseau des collectivités territoriales pour une économie solidaire" },
];

/** A wall-clock time in Paris, as [hours, minutes]. */
export type ClockTime = [number, number];

export interface SeedSpeaker {
  name: string;
  title?: string;
  confirmed: boolean;
}

export interface SeedProgrammeItem {
  kind: ProgrammeItemKind;
  start: ClockTime;
  end: ClockTime;
  title: string;
  description?: string;
  speakers?: SeedSpeaker[];
}

export interface SeedEvent {
  slug: string;
  title: string;
  kind: EventKind;
  /** Day and month of the document; the year is a seeding option. */
  month: number;
  day: number;
  start: ClockTime;
  end: ClockTime;
  region?: string;
  summary: string;
  venue?: string;
  city: string;
  host?: string;
  capacity: number;
  programme: SeedProgrammeItem[];
}

const PRESIDENTS = "Par des présidents de réseaux d'élus organisateurs.";

export const NATIONAL_DAY: SeedEvent = {
  slug: "journee-nationale",
  title: "Journée nationale",
  kind: "NATIONAL",
  month: 6,
  day: 26,
  start: [9, 30],
  end: [17, 0],
  summary:
    "La rencontre nationale des collectivités locales autour de l'ESS, sur le thème «\u00a0Économie sociale et solidaire et coopération territoriale\u00a0». 200 à 250 personnes sont attendues.",
  venue: "Assemblée nationale, salle Victor Hugo",
  city: "Paris",
  capacity: 250,
  programme: [
    { kind: "OPENING", start: [9, 30], end: [10, 0], title: "Ouverture des travaux", description: PRESIDENTS },
    {
      kind: "KEYNOTE",
      start: [10, 0],
      end: [10, 45],
      title: "Intervention du Premier ministre ou de la ministre de la Réforme de l'État",
      description: "Intervention du Premier ministre, ou de Marylise Lebranchu.",
      speakers: [
        { name: "Premier ministre", confirmed: false },
        {
          name: "Marylise Lebranchu",
          title: "ministre de la Réforme de l'État, de la Décentralisation et de la Fonction publique",
          confirmed: false,
        },
      ],
    },
    {
      kind: "ROUND_TABLE",
      start: [10, 45],
      end: [12, 0],
      title: "Quelles articulations entre les échelons territoriaux pour permettre un changement d'échelle de l'ESS ?",
    },
    { kind: "EXCHANGE", start: [12, 0], end: [12, 30], title: "Échanges avec la salle" },
    { kind: "LUNCH", start: [12, 30], end: [14, 0], title: "Déjeuner" },
    {
      kind: "EXCHANGE",
      start: [14, 0],
      end: [14, 15],
      title: "Réactions et questions recueillies pendant le temps du midi",
    },
    {
      kind: "ROUND_TABLE",
      start: [14, 15],
      end: [15, 15],
      title:
        "L'ESS, un acteur pour favoriser la relocalisation d'activités et la création d'emplois non délocalisables",
      description: "PTCE (pôles territoriaux de coopération économique), outils financiers…",
    },
    {
      kind: "ROUND_TABLE",
      start: [15, 15],
      end: [16, 15],
      title: "L'ESS pour des services aux populations",
      description: "Petite enfance, dépendance, mobilité, emplois verts…",
    },
    { kind: "SYNTHESIS", start: [16, 15], end: [16, 30], title: "Synthèse de la journée", description: PRESIDENTS },
    {
      kind: "CLOSING",
      start: [16, 30],
      end: [17, 0],
      title: "Clôture de la journée",
      speakers: [
        { name: "Benoît Hamon", title: "ministre délégué à l'économie sociale et solidaire", confirmed: false },
      ],
    },
  ],
};

/** `hostedBy` is how the document names the host after "accueil par". */
function regionalDay(slug: string, city: string, region: string, host: string, hostedBy: string): SeedEvent {
  return {
    slug,
    title: `Journée régionale de ${city}`,
    kind: "REGIONAL",
    month: 9,
    day: 12,
    start: [9, 30],
    end: [17, 0],
    region,
    summary: `Rencontre régionale pour le ${region}, accueillie par ${hostedBy}. Elle décline le fil conducteur de la journée nationale : la coopération territoriale. Une centaine de personnes, collectivités et élus, sont attendues sur la journée.`,
    city,
    host,
    capacity: 100,
    programme: [],
  };
}

export const REGIONAL_DAYS: SeedEvent[] = [
  regionalDay("nancy", "Nancy", "Grand Est", "Conseil général de Meurthe-et-Moselle", "le conseil général de Meurthe-et-Moselle"),
  regionalDay("grenoble", "Grenoble", "Sud Est", "Grenoble Alpes Métropole", "Grenoble Alpes Métropole"),
  regionalDay("bordeaux", "Bordeaux", "Sud Ouest", "Conseil régional Aquitaine", "le conseil régional Aquitaine"),
  regionalDay("rennes", "Rennes", "Grand Ouest", "Conseil régional Bretagne", "le conseil régional Bretagne"),
];
