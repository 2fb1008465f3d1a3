import type { UserRole } from "../db/models";

/** Who acts: passed to every operation that changes data, and recorded in the audit journal. */
export type Actor = AttendeeActor | UserActor | SystemActor;

/** A person acting through their manage link: the operation resolves the token to the attendee. */
export interface AttendeeActor {
  kind: "ATTENDEE";
  token: string;
}

/** A signed-in organiser or admin, as the server checked them for this request. */
export interface UserActor {
  kind: "USER";
  userId: string;
  email: string;
  role: UserRole;
  /**
   * The events an organiser is limited to, possibly none (then they reach no event); null: every
   * event (admins, and organisers given every day by an explicit choice).
   */
  eventIds: string[] | null;
}

/** The app itself: a background job, the start-up, a command-line script. */
export interface SystemActor {
  kind: "SYSTEM";
  /** What is acting, e.g. "expire-offers", "admin:add". */
  job: string;
}

export const attendeeActor = (token: string): AttendeeActor => ({ kind: "ATTENDEE", token });

export const systemActor = (job: string): SystemActor => ({ kind: "SYSTEM", job });
