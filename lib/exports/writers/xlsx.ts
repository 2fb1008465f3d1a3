import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { spreadsheetDate } from "../format-cell";
import { neutralise } from "../neutralise";
import type { Cell, ExportColumn } from "../exporter";

const value = (cell: Cell) => {
  if (cell instanceof Date) return spreadsheetDate(cell);
  if (typeof cell === "boolean") return cell ? "oui" : "non";
  return typeof cell === "string" ? neutralise(cell) : cell;
};

/**
 * An XLSX workbook written by exceljs's streaming writer, row by row: header row frozen, column
 * widths, dates and numbers typed as such.
 */
export function xlsxStream(title: string, columns: ExportColumn[], rows: AsyncIterable<Record<string, Cell>>): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  // A sheet's name: 31 characters, none of those Excel refuses (« Liste de sécurité : ajouts tardifs »).
  const sheetName = title.replace(/\s*[*?:\\/[\]]\s*/g, " - ").slice(0, 31);
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.label, key: column.id, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  (async () => {
    for await (const row of rows) {
      const added = sheet.addRow(Object.fromEntries(columns.map((column) => [column.id, value(row[column.id] ?? null)])));
      columns.forEach((column, index) => {
        if (row[column.id] instanceof Date) added.getCell(index + 1).numFmt = "dd/mm/yyyy hh:mm";
      });
      added.commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}
