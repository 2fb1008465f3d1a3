import "server-only";
import { db } from "../db/client";

/** How many lunches to order for a day (everyone confirmed where lunch is not a choice), and how many with dietary needs. */
export async function cateringSummary(event: { id: string; kind: "NATIONAL" | "REGIONAL" }): Promise<{ lunches: number; dietaryNeeds: number }> {
  const where = { eventId: event.id, status: "CONFIRMED" as const, ...(event.kind === "NATIONAL" ? { lunch: true } : {}) };
  const [lunches, dietaryNeeds] = await Promise.all([
    db.registration.count({ where }),
    db.registration.count({ where: { ...where, attendee: { dietaryNeeds: { not: "" } } } }),
  ]);
  return { lunches, dietaryNeeds };
}
