import type { Readable } from "node:stream";
import type { Event } from "../db/models";
import type { ListQuery } from "../registrations/list-query";
import type { ExportFormat, ExportOptions } from "./schema";

/** A cell: text, a number, a yes/no, a date (typed as such in XLSX), or nothing. */
export type Cell = string | number | boolean | Date | null;

export interface ExportColumn {
  id: string;
  /** The header, in French. */
  label: string;
  /** Column width in XLSX, in characters; the PDF table shares its width in proportion. */
  width: number;
}

export type ExportRows = AsyncIterable<Record<string, Cell>>;

/** What a dataset's own PDF layout receives. */
export interface PdfContext {
  event: Event;
  columns: ExportColumn[];
  rows: ExportRows;
  options: ExportOptions;
  now: Date;
}

/**
 * One dataset that can be exported (pretix's ListExporter): an identifier, its columns, and its
 * rows streamed from the database for an event and a list's filters. Any writer (CSV, XLSX, the
 * PDF table) can write it; a dataset whose PDF is not a table (badges, certificates) brings its own.
 */
export interface ListExporter {
  id: string;
  title: string;
  columns: ExportColumn[];
  /** The formats it comes in, the first being the usual one. */
  formats: readonly ExportFormat[];
  /** `now`: the export's time (what has happened by then, e.g. the hours attended so far). */
  rows(event: Event, query: ListQuery, options: ExportOptions, now: Date): ExportRows;
  /** Columns that depend on the event (the day's questions), after the fixed ones. */
  eventColumns?(event: Event, options: ExportOptions): Promise<ExportColumn[]>;
  /** Its PDF, when it is not the table of its columns. */
  pdf?(context: PdfContext): Readable;
  /** Options of the PDF table: room to sign. */
  pdfTable?: { minRowHeight?: number };
  /**
   * Runs before the rows are read (and before the export is audited) and returns the event as it
   * then is: the security list freezes here once its cut-off has passed; an export that cannot be
   * made (certificates before the day) is refused here with an AppError, not in the middle of a file.
   */
  prepare?(event: Event, now: Date, options: ExportOptions): Promise<Event>;
  /** Under a printed table's heading, the moment it shows; « État au … » when absent. */
  stateLine?(event: Event, now: Date): string;
}
