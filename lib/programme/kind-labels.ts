import type { ProgrammeItemKind } from "../db/models";

/** How attendees read each kind of programme item, on the site and in emails. */
export const PROGRAMME_KIND_LABELS: Record<ProgrammeItemKind, string> = {
  OPENING: "Ouverture",
  KEYNOTE: "Intervention",
  ROUND_TABLE: "Table ronde",
  EXCHANGE: "Échanges",
  LUNCH: "Déjeuner",
  SYNTHESIS: "Synthèse",
  CLOSING: "Clôture",
};
