import type { CheckInOperation } from "@/lib/checkin/schema";

/**
 * The taps not yet acknowledged by the server, kept in the phone's storage so that a dropped
 * connection, a closed tab or a reload loses none: they are sent again, in order, until answered.
 */
const key = (slug: string) => `rencontres-accueil:${slug}`;

export function loadQueue(slug: string): CheckInOperation[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(key(slug)) ?? "[]");
    return Array.isArray(stored) ? (stored as CheckInOperation[]) : [];
  } catch {
    return [];
  }
}

export function saveQueue(slug: string, queue: CheckInOperation[]): void {
  window.localStorage.setItem(key(slug), JSON.stringify(queue));
}

/** Letters without accents or case, for a search that finds « Zoë » when « zoe » is typed. */
export const searchable = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
