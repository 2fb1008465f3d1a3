/** Types of the back office's event views, for components (which never import the database). */
export type { Event, ProgrammeItem, Speaker } from "../db/models";
export type { EventStatus } from "../db/models";
