/** Types of the back office's event views, for components (which never import the database). */
export type { Event, ProgrammeItem, Speaker } from "../generated/sqlite/client";
export type { EventStatus } from "../generated/sqlite/enums";
