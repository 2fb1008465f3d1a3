import "server-only";
import type { Tx } from "../../db/transaction";
import { AppError } from "../../errors";
import type { AccountInput } from "../schema";

/** What an account may reach, as stored: every day only by explicit choice, and only for an organiser. */
export interface OrganiserReach {
  allEvents: boolean;
  eventIds: string[];
}

/**
 * The reach an account's form asks for, checked: an admin reaches everything by role (nothing is
 * stored); an organiser every day, or the days ticked, each of which must exist (a form kept open
 * while a day was deleted, or a forged one, gets a French message, not a foreign-key failure).
 */
export async function organiserReach(tx: Pick<Tx, "event">, input: Pick<AccountInput, "role" | "allEvents" | "eventIds">): Promise<OrganiserReach> {
  if (input.role !== "ORGANISER") return { allEvents: false, eventIds: [] };
  if (input.allEvents) return { allEvents: true, eventIds: [] };
  const eventIds = [...new Set(input.eventIds)];
  const found = eventIds.length === 0 ? 0 : await tx.event.count({ where: { id: { in: eventIds } } });
  if (found !== eventIds.length) throw new AppError("ACCOUNT_UNKNOWN_EVENT", undefined, "eventIds");
  return { allEvents: false, eventIds };
}
