import "server-only";
import { guestRoleLabel } from "../registrations/guest-roles";
import { streamRegistrations } from "../registrations/list-registrations";
import type { ListExporter } from "./exporter";
import { pdfBadges } from "./writers/pdf-badges";

/** Name badges of the confirmed attendees, by name; the list's other filters apply. */
export const badgesExporter: ListExporter = {
  id: "badges",
  title: "Badges",
  formats: ["pdf", "csv"],
  columns: [
    { id: "firstName", label: "Prénom", width: 18 },
    { id: "lastName", label: "Nom", width: 22 },
    { id: "organisation", label: "Organisation", width: 36 },
    { id: "guestRole", label: "Rôle", width: 14 },
  ],
  async *rows(event, query) {
    for await (const { attendee, guestRole } of streamRegistrations({ eventId: event.id, query: { ...query, statut: ["CONFIRMED"], tri: "nom", ordre: "asc" } })) {
      yield { firstName: attendee.firstName, lastName: attendee.lastName, organisation: attendee.organisation, guestRole: guestRoleLabel(guestRole) };
    }
  },
  pdf: ({ event, rows, options }) => pdfBadges(event.title, rows, options.disposition),
};
