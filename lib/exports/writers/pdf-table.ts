import "server-only";
import type { Readable } from "node:stream";
import type { Cell, ExportColumn } from "../exporter";
import { cellText, pdfStream, type Pdf } from "./pdf";

export interface PdfHeading {
  /** The document's title: « Feuille d'émargement ». */
  title: string;
  /** The lines under it: event, date, place. */
  lines: string[];
}

const FONT_SIZE = 9;
const PADDING = 4;

/**
 * A table over as many A4 pages as it needs, each with the heading, the header row and « page 2/7 »:
 * the rows are measured first, so that every page knows the number of pages. Long texts wrap inside
 * their cell; `minRowHeight` leaves room to sign.
 */
export function pdfTable(
  heading: PdfHeading,
  columns: (ExportColumn & { pdfWidth?: number })[],
  rows: AsyncIterable<Record<string, Cell>>,
  { minRowHeight = 18, layout = "portrait" }: { minRowHeight?: number; layout?: "portrait" | "landscape" } = {},
): Readable {
  return pdfStream({ title: `${heading.title} : ${heading.lines[0] ?? ""}`, layout }, async (doc) => {
    const texts: string[][] = [];
    for await (const row of rows) texts.push(columns.map((column) => cellText(row[column.id])));

    doc.addPage();
    const left = doc.page.margins.left;
    const usable = doc.page.width - left - doc.page.margins.right;
    const total = columns.reduce((sum, column) => sum + (column.pdfWidth ?? column.width), 0);
    const widths = columns.map((column) => ((column.pdfWidth ?? column.width) / total) * usable);
    const heightOf = (cells: string[], font: string) => {
      doc.font(font).fontSize(FONT_SIZE);
      return Math.max(minRowHeight, ...cells.map((text, k) => doc.heightOfString(text || " ", { width: widths[k] - 2 * PADDING }) + 2 * PADDING));
    };
    const headerHeight = heightOf(columns.map((column) => column.label), "bold");
    const top = drawHeading(doc, heading, { dryRun: true });
    const bottom = doc.page.height - doc.page.margins.bottom - 16;

    // Pages as ranges of rows, measured before anything is drawn.
    const pages: number[][] = [[]];
    let y = top + headerHeight;
    texts.forEach((cells, index) => {
      const height = heightOf(cells, "regular");
      if (y + height > bottom && pages[pages.length - 1].length > 0) {
        pages.push([]);
        y = top + headerHeight;
      }
      pages[pages.length - 1].push(index);
      y += height;
    });

    pages.forEach((indexes, pageIndex) => {
      if (pageIndex > 0) doc.addPage();
      let rowY = drawHeading(doc, heading);
      rowY = drawRow(doc, columns.map((column) => column.label), { x: left, y: rowY, widths, height: headerHeight, font: "bold", shade: true });
      for (const index of indexes) rowY = drawRow(doc, texts[index], { x: left, y: rowY, widths, height: heightOf(texts[index], "regular"), font: "regular" });
      if (texts.length === 0) doc.font("regular").fontSize(FONT_SIZE).text("Aucune personne.", left, rowY + PADDING);
      doc
        .font("regular")
        .fontSize(8)
        .text(`${pageIndex + 1}/${pages.length}`, left, doc.page.height - doc.page.margins.bottom - 12, { width: usable, align: "right", lineBreak: false });
    });
  });
}

function drawHeading(doc: Pdf, heading: PdfHeading, { dryRun = false } = {}): number {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  let y = doc.page.margins.top;
  const line = (text: string, font: string, size: number) => {
    doc.font(font).fontSize(size);
    const height = doc.heightOfString(text, { width });
    if (!dryRun) doc.text(text, left, y, { width });
    y += height + 2;
  };
  line(heading.title, "bold", 14);
  for (const text of heading.lines) line(text, "regular", 10);
  return y + 8;
}

function drawRow(doc: Pdf, cells: string[], { x, y, widths, height, font, shade = false }: { x: number; y: number; widths: number[]; height: number; font: string; shade?: boolean }): number {
  let cellX = x;
  cells.forEach((text, k) => {
    if (shade) doc.rect(cellX, y, widths[k], height).fillAndStroke("#e8e8e8", "#555555");
    else doc.rect(cellX, y, widths[k], height).stroke("#555555");
    doc.fillColor("#000000").font(font).fontSize(FONT_SIZE).text(text, cellX + PADDING, y + PADDING, { width: widths[k] - 2 * PADDING });
    cellX += widths[k];
  });
  return y + height;
}
