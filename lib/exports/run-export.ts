import "server-only";
import type { Readable } from "node:stream";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { UserActor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { TIME_ZONE } from "../dates";
import { AppError } from "../errors";
import type { ListQuery } from "../registrations/list-query";
import { EXPORTERS } from "./registry";
import type { ExportOptions } from "./schema";
import { csvStream } from "./writers/csv";
import { xlsxStream } from "./writers/xlsx";

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Readable;
}

/**
 * Exports a dataset of an event, filtered as the list, in the chosen format and columns, streamed
 * as it is read from the database. Every export is written to the audit journal: who, what, with
 * which filters, when.
 */
export async function runExport({
  actor,
  slug,
  dataset,
  query,
  options,
  now = new Date(),
}: {
  actor: UserActor;
  slug: string;
  dataset: string;
  query: ListQuery;
  options: ExportOptions;
  now?: Date;
}): Promise<ExportFile> {
  const exporter = Object.hasOwn(EXPORTERS, dataset) ? EXPORTERS[dataset] : undefined;
  const event = await db.event.findUnique({ where: { slug } });
  if (!exporter || !event) throw new AppError("RECORD_NOT_FOUND");
  const chosen = options.colonnes.length > 0 ? exporter.columns.filter((column) => options.colonnes.includes(column.id)) : exporter.columns;
  const columns = chosen.length > 0 ? chosen : exporter.columns;
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "export.created",
      entityType: "Event",
      entityId: event.id,
      eventId: event.id,
      after: { dataset, format: options.format, columns: columns.map((column) => column.id), filters: { ...query, page: undefined } },
    }),
  );
  const rows = exporter.rows(event, query);
  const body =
    options.format === "csv"
      ? csvStream(columns, rows, { delimiter: options.separateur === "point-virgule" ? ";" : "," })
      : xlsxStream(exporter.title, columns, rows);
  const day = format(new TZDate(now, TIME_ZONE), "yyyy-MM-dd");
  return { filename: `${event.slug}_${dataset}_${day}.${options.format}`, contentType: CONTENT_TYPES[options.format], body };
}
