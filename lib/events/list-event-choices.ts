import "server-only";
import { db } from "../db/client";

/** Every event, for forms that pick some (an organiser's events): id and title, by date. */
export function listEventChoices(): Promise<{ id: string; title: string; slug: string }[]> {
  return db.event.findMany({ orderBy: [{ startsAt: "asc" }, { city: "asc" }], select: { id: true, title: true, slug: true } });
}
