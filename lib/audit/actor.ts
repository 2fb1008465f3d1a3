import type { UserRole } from "../db/models";

/**
 * Who acts: passed to every operation that changes data. The journal records it as an
 * `AuditActor`: a person acting on their own registrations is first resolved to themself.
 */
export type Actor = AttendeeActor | NewcomerActor | UserActor | SystemActor;

/** A person acting through their manage link: the operation resolves the token to the attendee. */
export interface AttendeeActor {
  kind: "ATTENDEE";
  token: string;
}

/**
 * Someone on the public side without a manage link: the registration form's submitter, or whoever
 * holds a link emailed to an address (a join link, an address confirmation). The operation learns
 * who they are from what they bring, and records them as the person themself.
 */
export interface NewcomerActor {
  kind: "NEWCOMER";
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

/** A person acting on their own registrations, once the operation knows them: the journal's « la personne elle-même ». */
export interface SelfActor {
  kind: "SELF";
  attendeeId: string;
}

/** Who an audit entry names: never a token, never an unknown newcomer. */
export type AuditActor = UserActor | SystemActor | SelfActor;

/** An organiser, an admin or the app itself: who changes events, programmes and capacities. */
export type BackOfficeActor = UserActor | SystemActor;

/** Who may submit the registration form: a newcomer, or a job (the demo data) registering people itself. */
export type RegistrantActor = NewcomerActor | SystemActor;

/** How the journal names a registrant once their Attendee row exists. */
export const recordedRegistrant = (actor: RegistrantActor, attendeeId: string): AuditActor => (actor.kind === "NEWCOMER" ? selfActor(attendeeId) : actor);

export const attendeeActor = (token: string): AttendeeActor => ({ kind: "ATTENDEE", token });

export const newcomerActor = (): NewcomerActor => ({ kind: "NEWCOMER" });

export const selfActor = (attendeeId: string): SelfActor => ({ kind: "SELF", attendeeId });

export const systemActor = (job: string): SystemActor => ({ kind: "SYSTEM", job });
