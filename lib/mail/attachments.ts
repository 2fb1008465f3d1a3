import "server-only";
import QRCode from "qrcode";
import { env } from "../env";
import { displayTicketCode } from "../checkin/ticket-code";
import { eventCalendar } from "./calendar";
import type { EmailAttachment, EmailCalendar } from "./composer";
import type { EventView } from "./email-content";

const QR_CID = "billet-qr@rencontres-ess";

/**
 * The ticket as the emails show it: its code as printed, and the QR image they refer to by `src`.
 * The QR code holds the bare 8-character ticket code, as printed under it: unguessable (31⁸ codes,
 * drawn at random), and only a signed-in organiser's door looks codes up, with a limit on unknown
 * ones (lib/checkin/limit-unknown-codes.ts); a signature would add nothing but a longer code.
 */
export async function ticketAttachment(code: string): Promise<{ ticketCode: string; qrCodeSrc: string; attachment: EmailAttachment }> {
  const png = await QRCode.toBuffer(code, { type: "png", width: 240, margin: 2, errorCorrectionLevel: "M" });
  return {
    ticketCode: displayTicketCode(code),
    qrCodeSrc: `cid:${QR_CID}`,
    attachment: { filename: "billet-qr.png", content: png, cid: QR_CID, contentType: "image/png" },
  };
}

/** The event's calendar file; `cancelled` removes it from the attendee's calendar. */
export function calendarFile(event: EventView, cancelled = false): EmailCalendar {
  const content = eventCalendar(event.calendar, { url: `${env.APP_URL}/evenements/${event.slug}`, cancelled });
  return { filename: `${event.slug}.ics`, method: cancelled ? "CANCEL" : "PUBLISH", content };
}
