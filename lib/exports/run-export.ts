import "server-only";
import type { Readable } from "node:stream";
import { TZDate } from "@date-fns/tz";
import { format as formatDate } from "date-fns";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { inTransaction } from "../db/transaction";
import { formatDateTime, TIME_ZONE } from "../dates";
import { AppError } from "../errors";
import type { ListQuery } from "../registrations/list-query";
import { auditedListQuery } from "./audited-filters";
import { EXPORTERS } from "./registry";
import type { ExportFormat, ExportOptions } from "./schema";
import { eventHeadingLines } from "./event-heading";
import { pdfTable } from "./writers/pdf-table";
import { coalesced } from "./writers/coalesce";
import { csvStream } from "./writers/csv";
import { xlsxStream } from "./writers/xlsx";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Readable;
}

/**
 * Exports a dataset of an event, filtered as the list, in the chosen format and columns, streamed
 * as it is read from the database. Every export is written to the audit journal: who, what, with
 * which filters (whether there was a search, never its text), when.
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
  const found = await db.event.findUnique({ where: { slug } });
  if (!exporter || !found) throw new AppError("RECORD_NOT_FOUND");
  // Sensitive answers are for admins only (lib/questions): an organiser asking for them is refused.
  if (options.sensibles && actor.role !== "ADMIN") throw new AppError("FORBIDDEN");
  const format = options.format ?? exporter.formats[0];
  if (!exporter.formats.includes(format)) throw new AppError("EXPORT_FORMAT", exporter.formats.join(", "));
  const event = exporter.prepare ? await exporter.prepare(found, now, options) : found;
  const all = [...exporter.columns, ...((await exporter.eventColumns?.(event, options)) ?? [])];
  const chosen = options.colonnes.length > 0 ? all.filter((column) => options.colonnes.includes(column.id)) : all;
  const columns = chosen.length > 0 ? chosen : all;
  await inTransaction((tx) =>
    recordAudit(tx, actor, {
      action: "export.created",
      entityType: "Event",
      entityId: event.id,
      eventId: event.id,
      after: { dataset, format, columns: columns.map((column) => column.id), filters: auditedListQuery(query), ...(options.inscription ? { registration: options.inscription } : {}), ...(options.sensibles ? { sensitive: true } : {}) },
    }),
  );
  const rows = exporter.rows(event, query, options, now);
  const body =
    format === "csv"
      ? csvStream(columns, rows, { delimiter: options.separateur === "point-virgule" ? ";" : "," })
      : format === "xlsx"
        ? xlsxStream(exporter.title, columns, rows)
        : exporter.pdf
          ? exporter.pdf({ event, columns, rows, options, now })
          : pdfTable({ title: exporter.title, lines: [...eventHeadingLines(event), exporter.stateLine?.(event, now) ?? `État au ${formatDateTime(now)}`] }, columns, rows, {
              ...exporter.pdfTable,
              layout: columns.length > 6 ? "landscape" : "portrait",
            });
  const day = formatDate(new TZDate(now, TIME_ZONE), "yyyy-MM-dd");
  return { filename: `${event.slug}_${dataset}_${day}.${format}`, contentType: CONTENT_TYPES[format], body: coalesced(body) };
}
