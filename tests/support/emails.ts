import ICAL from "ical.js";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import type { ParsedMail } from "mailparser";

/** The links of a message's plain-text body. */
export function linksIn(mail: ParsedMail): string[] {
  return [...(mail.text ?? "").matchAll(/https?:\/\/[^\s)\]>]+/g)].map((match) => match[0]);
}

export function manageTokenIn(mail: ParsedMail): string {
  const link = linksIn(mail).find((url) => url.includes("/inscription/gerer/"));
  if (!link) throw new Error(`No manage link in « ${mail.subject} »`);
  return new URL(link).pathname.split("/").pop()!;
}

export interface ParsedCalendarEvent {
  uid: string;
  sequence: number;
  method: string;
  status: string;
  timezone: string;
  /** Wall-clock start in the event's zone, e.g. 2027-06-26T09:30:00. */
  localStart: string;
  startsAt: Date;
  summary: string;
}

/** The .ics attached to a message, parsed back with ical.js. */
export function calendarIn(mail: ParsedMail): ParsedCalendarEvent {
  const ics = mail.attachments.find((attachment) => attachment.contentType.startsWith("text/calendar"));
  if (!ics) throw new Error(`No calendar in « ${mail.subject} »`);
  const calendar = new ICAL.Component(ICAL.parse(ics.content.toString("utf8")));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const start = vevent.getFirstProperty("dtstart")!;
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    sequence: Number(vevent.getFirstPropertyValue("sequence") ?? 0),
    method: String(calendar.getFirstPropertyValue("method")),
    status: String(vevent.getFirstPropertyValue("status") ?? ""),
    timezone: String(start.getParameter("tzid")),
    localStart: event.startDate.toString(),
    startsAt: event.startDate.toJSDate(),
    summary: event.summary,
  };
}

/** What the QR code image attached to a message says. */
export function qrCodeIn(mail: ParsedMail): string {
  const image = mail.attachments.find((attachment) => attachment.contentType === "image/png");
  if (!image) throw new Error(`No QR code in « ${mail.subject} »`);
  const png = PNG.sync.read(image.content);
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!decoded) throw new Error("The QR code does not decode");
  return decoded.data;
}
