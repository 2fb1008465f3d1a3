import "server-only";
import { db } from "../db/client";
import { lunchWhere } from "../registrations/catering-summary";
import type { ListExporter } from "./exporter";

/**
 * What the caterer needs: the confirmed attendees who have lunch on site (everyone confirmed on a
 * day without a lunch choice), each with their dietary needs, those with needs first. The list's
 * filters do not apply: the caterer needs the whole day.
 */
export const cateringExporter: ListExporter = {
  id: "catering",
  title: "Restauration",
  formats: ["csv", "xlsx", "pdf"],
  columns: [
    { id: "dietaryNeeds", label: "Régime alimentaire", width: 36 },
    { id: "lastName", label: "Nom", width: 22 },
    { id: "firstName", label: "Prénom", width: 18 },
    { id: "organisation", label: "Organisation", width: 32 },
  ],
  async *rows(event) {
    const registrations = await db.registration.findMany({
      where: lunchWhere(event),
      select: { attendee: { select: { lastName: true, firstName: true, organisation: true, dietaryNeeds: true } } },
      orderBy: [{ attendee: { nameKey: "asc" } }, { id: "asc" }],
    });
    const withNeeds = registrations.filter(({ attendee }) => attendee.dietaryNeeds !== "");
    for (const { attendee } of [...withNeeds, ...registrations.filter(({ attendee }) => attendee.dietaryNeeds === "")]) {
      yield { dietaryNeeds: attendee.dietaryNeeds || "—", lastName: attendee.lastName, firstName: attendee.firstName, organisation: attendee.organisation };
    }
  },
};
