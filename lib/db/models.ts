/**
 * The database's model types and enums: the one place the app imports them from. They are the
 * SQLite client's; the PostgreSQL client has the same shape (one schema, derived, checked by
 * tests/integration/schema-drift.test.ts).
 */
export type { Edition, Network, Event, ProgrammeItem, Speaker, ProgrammeItemSpeaker, Attendee, Registration, CheckIn, CheckInOperation, SecurityListEntry, Seat, WaitlistEntry, AuditEntry, Message, ProgrammeChange, User, OrganiserEvent, Account, Session, VerificationToken, OutboxEmail, RateLimit, Question, QuestionChoice, Answer, QuestionnaireInvite, FeedbackResponse, FeedbackAnswer } from "../generated/sqlite/client";
export { Prisma } from "../generated/sqlite/client";
export * from "../generated/sqlite/enums";
