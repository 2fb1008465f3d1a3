import "server-only";
import { createElement } from "react";
import { render, toPlainText } from "@react-email/render";
import { db } from "../db/client";
import { env } from "../env";
import { emailEvent, emailProgramme, programmeInclude } from "./email-content";
import ProgrammeChanged from "../../emails/programme-changed";

export interface AnnouncementPreview {
  changes: { id: string; text: string; createdAt: Date }[];
  /** The confirmed attendees who would receive it, by name. */
  recipients: { firstName: string; lastName: string; email: string; organisation: string }[];
  /** The email the first of them would receive (each gets their own manage link). */
  email: { subject: string; text: string } | null;
}

/** What announcing an event's pending changes would send, and to whom, before anything is sent. */
export async function previewAnnouncement(eventId: string): Promise<AnnouncementPreview> {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, include: programmeInclude });
  const changes = await db.programmeChange.findMany({
    where: { eventId, announcedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, text: true, createdAt: true },
  });
  const registrations = await db.registration.findMany({
    where: { eventId, status: "CONFIRMED" },
    include: { attendee: { select: { firstName: true, lastName: true, email: true, organisation: true } } },
    orderBy: [{ attendee: { nameKey: "asc" } }, { id: "asc" }],
  });
  const recipients = registrations.map((registration) => registration.attendee);
  const first = recipients[0];
  if (changes.length === 0) return { changes, recipients, email: null };
  const html = await render(
    createElement(ProgrammeChanged, {
      firstName: first?.firstName ?? "Prénom",
      event: emailEvent(event),
      changes: changes.map((change) => change.text),
      programme: emailProgramme(event),
      manageUrl: `${env.APP_URL}/inscription/gerer/…`,
    }),
  );
  return { changes, recipients, email: { subject: `Programme modifié : ${event.title}`, text: toPlainText(html) } };
}
