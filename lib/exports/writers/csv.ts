import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { formatDateTime } from "../../dates";
import { neutralise } from "../neutralise";
import type { Cell, ExportColumn } from "../exporter";

const text = (cell: Cell): string => {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "oui" : "non";
  if (cell instanceof Date) return formatDateTime(cell);
  if (typeof cell === "number") return String(cell);
  return neutralise(cell);
};

/**
 * CSV in UTF-8 with a byte order mark (so that Excel reads accents right), comma- or
 * semicolon-separated (French Excel expects semicolons), written row by row as they come.
 */
export function csvStream(columns: ExportColumn[], rows: AsyncIterable<Record<string, Cell>>, { delimiter }: { delimiter: "," | ";" }): Readable {
  const stringifier = stringify({ delimiter, bom: true, record_delimiter: "windows", quoted_match: /\s|"/ });
  stringifier.write(columns.map((column) => column.label));
  (async () => {
    for await (const row of rows) {
      if (!stringifier.write(columns.map((column) => text(row[column.id] ?? null)))) await new Promise((resolve) => stringifier.once("drain", resolve));
    }
    stringifier.end();
  })().catch((error: unknown) => stringifier.destroy(error instanceof Error ? error : new Error(String(error))));
  return stringifier;
}
