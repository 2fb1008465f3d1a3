import type { Event } from "../generated/sqlite/client";
import type { ListQuery } from "../registrations/list-query";

/** A cell: text, a number, a yes/no, a date (typed as such in XLSX), or nothing. */
export type Cell = string | number | boolean | Date | null;

export interface ExportColumn {
  id: string;
  /** The header, in French. */
  label: string;
  /** Column width in XLSX, in characters. */
  width: number;
}

/**
 * One dataset that can be exported in any format (pretix's ListExporter): an identifier, its
 * columns, and its rows streamed from the database for an event and a list's filters.
 */
export interface ListExporter {
  id: string;
  title: string;
  columns: ExportColumn[];
  rows(event: Event, query: ListQuery): AsyncIterable<Record<string, Cell>>;
}
