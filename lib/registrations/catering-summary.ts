import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/models";

/** The registrations that need a lunch: confirmed, and having chosen it where lunch is a choice (the national day). */
export const lunchWhere = (event: { id: string; kind: "NATIONAL" | "REGIONAL" }) =>
  ({ eventId: event.id, status: "CONFIRMED", ...(event.kind === "NATIONAL" ? { lunch: true } : {}) }) satisfies Prisma.RegistrationWhereInput;

/** How many lunches to order for a day, and how many with dietary needs. */
export async function cateringSummary(event: { id: string; kind: "NATIONAL" | "REGIONAL" }): Promise<{ lunches: number; dietaryNeeds: number }> {
  const where = lunchWhere(event);
  const [lunches, dietaryNeeds] = await Promise.all([
    db.registration.count({ where }),
    db.registration.count({ where: { ...where, attendee: { dietaryNeeds: { not: "" } } } }),
  ]);
  return { lunches, dietaryNeeds };
}
