import type { EventStatus } from "../db/models";

export interface RegistrationWindow {
  status: EventStatus;
  startsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
}

export type RegistrationState = "OPEN" | "NOT_YET_OPEN" | "CLOSED_BY_ORGANISERS" | "DEADLINE_PASSED" | "EVENT_STARTED";

/** Whether people may register now, and if not, why. A full event stays open: its waiting list takes over. */
export function registrationState(event: RegistrationWindow, now: Date): RegistrationState {
  if (event.status !== "PUBLISHED") return "CLOSED_BY_ORGANISERS";
  if (now >= event.startsAt) return "EVENT_STARTED";
  if (event.registrationOpensAt && now < event.registrationOpensAt) return "NOT_YET_OPEN";
  if (event.registrationClosesAt && now >= event.registrationClosesAt) return "DEADLINE_PASSED";
  return "OPEN";
}
