import "server-only";
import type { Readable } from "node:stream";
import { TZDate } from "@date-fns/tz";
import { format as formatDate } from "date-fns";
import type { UserActor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { TIME_ZONE } from "../dates";
import { AppError } from "../errors";
import type { ListQuery } from "../registrations/list-query";
import { EXPORTERS } from "./registry";
import type { ExportFormat, ExportOptions } from "./schema";
import { eventHeadingLines } from "./event-heading";
import { freezeSecurityList } from "./freeze-security-list";
import { isFrozen } from "./security-list-exporter";
import { pdfTable } from "./writers/pdf-table";
import { formatDateTime } from "../dates";
import type { Event } from "../generated/sqlite/client";
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
  let event = await db.event.findUnique({ where: { slug } });
  if (!exporter || !event) throw new AppError("RECORD_NOT_FOUND");
  const format = options.format ?? exporter.formats[0];
  if (!exporter.formats.includes(format)) throw new AppError("EXPORT_FORMAT", exporter.formats.join(", "));
  // The security list sent after its cut-off is the frozen one, even before the job has run.
  if (await freezeSecurityList(event, { now })) event = await db.event.findUniqueOrThrow({ where: { slug } });
  const chosen = options.colonnes.length > 0 ? exporter.columns.filter((column) => options.colonnes.includes(column.id)) : exporter.columns;
  const columns = chosen.length > 0 ? chosen : exporter.columns;
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "export.created",
      entityType: "Event",
      entityId: event.id,
      eventId: event.id,
      after: { dataset, format, columns: columns.map((column) => column.id), filters: { ...query, page: undefined }, ...(options.inscription ? { registration: options.inscription } : {}) },
    }),
  );
  const rows = exporter.rows(event, query, options);
  const body =
    format === "csv"
      ? csvStream(columns, rows, { delimiter: options.separateur === "point-virgule" ? ";" : "," })
      : format === "xlsx"
        ? xlsxStream(exporter.title, columns, rows)
        : exporter.pdf
          ? exporter.pdf({ event, columns, rows, options, now })
          : pdfTable({ title: exporter.title, lines: [...eventHeadingLines(event), listState(exporter.id, event, now)] }, columns, rows, {
              ...exporter.pdfTable,
              layout: columns.length > 6 ? "landscape" : "portrait",
            });
  const day = formatDate(new TZDate(now, TIME_ZONE), "yyyy-MM-dd");
  return { filename: `${event.slug}_${dataset}_${day}.${format}`, contentType: CONTENT_TYPES[format], body: coalesced(body) };
}

/** Under a printed list's heading: the moment it shows (frozen lists: their cut-off). */
function listState(dataset: string, event: Event, now: Date): string {
  if (dataset === "security-list" && isFrozen(event)) return `Liste arrêtée le ${formatDateTime(event.securityListFrozenAt!)}, telle qu'envoyée au lieu`;
  if (dataset === "security-list-changes") return isFrozen(event) ? `Changements depuis l'arrêt de la liste, le ${formatDateTime(event.securityListFrozenAt!)} ; état au ${formatDateTime(now)}` : "La liste n'est pas encore arrêtée : aucun ajout tardif.";
  return `État au ${formatDateTime(now)}`;
}
