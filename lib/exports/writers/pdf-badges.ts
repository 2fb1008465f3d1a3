import "server-only";
import type { Readable } from "node:stream";
import type { Cell } from "../exporter";
import { cellText, fittingSize, pdfStream, type Pdf } from "./pdf";

/** A badge is 90 × 55 mm, the size of the usual badge holders and card printers. */
const MM = 72 / 25.4;
const BADGE = { width: 90 * MM, height: 55 * MM };
const SHEET = { columns: 2, rows: 5 };
const INSET = 5 * MM;

export type BadgeLayout = "planche" | "unitaire";

/**
 * Name badges: A4 sheets of ten with cut lines, or one per page of the badge's size for a badge
 * printer. The name, the organisation and the event each get a box; a long text shrinks and wraps
 * until it fits its box, so nothing overflows or is cut.
 */
export function pdfBadges(eventTitle: string, rows: AsyncIterable<Record<string, Cell>>, layout: BadgeLayout): Readable {
  const single = layout === "unitaire";
  return pdfStream({ title: `Badges : ${eventTitle}`, size: single ? [BADGE.width, BADGE.height] : "A4", margin: 0 }, async (doc) => {
    const left = single ? 0 : (595.28 - SHEET.columns * BADGE.width) / 2;
    const top = single ? 0 : (841.89 - SHEET.rows * BADGE.height) / 2;
    let index = 0;
    for await (const row of rows) {
      const slot = single ? 0 : index % (SHEET.columns * SHEET.rows);
      if (slot === 0) doc.addPage();
      const x = left + (slot % SHEET.columns) * BADGE.width;
      const y = top + Math.floor(slot / SHEET.columns) * BADGE.height;
      if (!single) doc.rect(x, y, BADGE.width, BADGE.height).dash(3, { space: 3 }).stroke("#999999").undash();
      drawBadge(doc, x, y, { name: `${cellText(row.firstName)} ${cellText(row.lastName)}`, organisation: cellText(row.organisation), role: cellText(row.guestRole), event: eventTitle });
      index += 1;
    }
    if (index === 0) doc.addPage().font("regular").fontSize(10).text("Aucune personne.", INSET, INSET);
  });
}

/** An invited person's badge names their role (« Presse », « Intervenant·e ») under the organisation, which then has less room. */
function drawBadge(doc: Pdf, x: number, y: number, { name, organisation, role, event }: { name: string; organisation: string; role: string; event: string }) {
  const width = BADGE.width - 2 * INSET;
  const boxes = [
    { text: name, font: "bold", height: 22 * MM, max: 20, top: INSET },
    { text: organisation, font: "regular", height: (role ? 9 : 14) * MM, max: 12, top: INSET + 23 * MM },
    ...(role ? [{ text: role.toUpperCase(), font: "bold", height: 5 * MM, max: 10, top: INSET + 32.5 * MM }] : []),
    { text: event, font: "regular", height: 7 * MM, max: 8, top: BADGE.height - INSET - 7 * MM },
  ];
  for (const box of boxes) {
    const size = fittingSize(doc, box.text, { width, height: box.height, max: box.max, font: box.font });
    doc.fillColor("#000000").font(box.font).fontSize(size).text(box.text, x + INSET, y + box.top, { width, height: box.height, align: "center" });
  }
}
