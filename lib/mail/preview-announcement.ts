import "server-only";
import { db } from "../db/client";
import { eventView, previewRecipient, programmeInclude } from "./email-content";
import { programmeChangedComposer } from "./composers/programme-changed";
import { renderEmail } from "./render-email";

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
  const { subject, text } = await renderEmail(
    await programmeChangedComposer.compose({
      attendee: previewRecipient(first?.firstName),
      event: eventView(event),
      changes: changes.map((change) => change.text),
    }),
  );
  return { changes, recipients, email: { subject, text } };
}
