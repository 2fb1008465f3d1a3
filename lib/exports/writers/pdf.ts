import "server-only";
import path from "node:path";
import { PassThrough, type Readable } from "node:stream";
import PDFDocument from "pdfkit";

/** DejaVu Sans: every Latin-script name (Ł, Ø, Œ, Vietnamese tones…), embedded in each file. */
const FONTS = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
} as const;

const fontFile = (file: string) => path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", file);

export type Pdf = PDFKit.PDFDocument;

export interface PdfOptions {
  title: string;
  /** A4 by default; [width, height] in points for badges. */
  size?: string | [number, number];
  layout?: "portrait" | "landscape";
  margin?: number;
}

/**
 * A PDF written as it is drawn, with its fonts embedded (nothing fetched), French as its language
 * and its title in the properties. `draw` adds the pages; the stream ends when it resolves.
 */
export function pdfStream({ title, size = "A4", layout = "portrait", margin = 40 }: PdfOptions, draw: (doc: Pdf) => Promise<void>): Readable {
  const doc = new PDFDocument({ size, layout, margin, autoFirstPage: false, lang: "fr-FR", info: { Title: title, Author: "Rencontres ESS", Creator: "Rencontres ESS" } });
  doc.registerFont("regular", fontFile(FONTS.regular));
  doc.registerFont("bold", fontFile(FONTS.bold));
  const output = new PassThrough();
  doc.pipe(output);
  draw(doc)
    .then(() => doc.end())
    .catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

/** The largest font size (down to `min`) at which `text` fits the box, wrapped on words. */
export function fittingSize(doc: Pdf, text: string, { width, height, max, min = 5, font = "regular" }: { width: number; height: number; max: number; min?: number; font?: string }): number {
  doc.font(font);
  for (let size = max; size > min; size -= 0.5) {
    if (doc.fontSize(size).heightOfString(text, { width }) <= height) return size;
  }
  return min;
}

/** Text of a cell, as a PDF prints it. */
export const cellText = (value: unknown): string =>
  value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : typeof value === "boolean" ? (value ? "oui" : "non") : String(value);
