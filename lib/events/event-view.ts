import type { EventKind, EventStatus, ProgrammeItemKind } from "../generated/sqlite/enums";

/** What the pages and the API show of an event. */
export interface EventSummary {
  slug: string;
  title: string;
  kind: EventKind;
  status: EventStatus;
  region: string | null;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  address: string | null;
  city: string;
  host: string | null;
  capacity: number;
  placesLeft: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  registrationOpen: boolean;
}

export interface ProgrammeSpeaker {
  name: string;
  title: string | null;
  confirmed: boolean;
}

export interface ProgrammeItemView {
  id: string;
  kind: ProgrammeItemKind;
  startsAt: Date;
  endsAt: Date | null;
  title: string;
  description: string | null;
  speakers: ProgrammeSpeaker[];
}

export interface EventDetail extends EventSummary {
  programme: ProgrammeItemView[];
}
