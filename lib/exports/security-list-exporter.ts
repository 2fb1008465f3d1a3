import "server-only";
import { db } from "../db/client";
import type { ListExporter } from "./exporter";

/**
 * The list the venue checks identities against (the Assemblée nationale does, at the door): every
 * confirmed attendee, by name. The list's filters do not apply: the venue needs everyone.
 */
export const securityListExporter: ListExporter = {
  id: "security-list",
  title: "Liste de sécurité",
  columns: [
    { id: "lastName", label: "Nom", width: 26 },
    { id: "firstName", label: "Prénom", width: 22 },
    { id: "organisation", label: "Organisation", width: 40 },
  ],
  async *rows(event) {
    const registrations = await db.registration.findMany({
      where: { eventId: event.id, status: "CONFIRMED" },
      select: { attendee: { select: { lastName: true, firstName: true, organisation: true } } },
      orderBy: [{ attendee: { lastName: "asc" } }, { attendee: { firstName: "asc" } }, { id: "asc" }],
    });
    for (const { attendee } of registrations) yield attendee;
  },
};
