import "server-only";
import { streamRegistrations } from "../registrations/list-registrations";
import type { ListExporter } from "./exporter";

/**
 * The feuille d'émargement: every confirmed attendee by name, with a column to sign each half-day.
 * The list's other filters apply (e.g. one sheet per type de structure).
 */
export const signInSheetExporter: ListExporter = {
  id: "sign-in-sheet",
  title: "Feuille d'émargement",
  formats: ["pdf"],
  columns: [
    { id: "lastName", label: "Nom", width: 20 },
    { id: "firstName", label: "Prénom", width: 16 },
    { id: "organisation", label: "Organisation", width: 28 },
    { id: "morning", label: "Signature matin", width: 18 },
    { id: "afternoon", label: "Signature après-midi", width: 18 },
  ],
  pdfTable: { minRowHeight: 30 },
  async *rows(event, query) {
    for await (const { attendee } of streamRegistrations({ eventId: event.id, query: { ...query, statut: ["CONFIRMED"], tri: "nom", ordre: "asc" } })) {
      yield { lastName: attendee.lastName, firstName: attendee.firstName, organisation: attendee.organisation, morning: null, afternoon: null };
    }
  },
};
