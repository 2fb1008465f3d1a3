import "server-only";
import type { ReactElement } from "react";
import type { z } from "zod";
import { db } from "../db/client";
import type { DbClient } from "../db/create-client";
import { programmeInclude } from "./email-content";

const outboxRowInclude = {
  attendee: true,
  user: true,
  registration: { include: { event: { include: programmeInclude }, waitlistEntry: true } },
} as const;

/** An outbox email with what every kind may show: its recipient, and its registration's event and programme. */
export type OutboxRow = Awaited<ReturnType<typeof readOutboxRow>>;

export const readOutboxRow = (id: string) => db.outboxEmail.findUniqueOrThrow({ where: { id }, include: outboxRowInclude });

export interface EmailAttachment {
  filename: string;
  content: Buffer;
  cid?: string;
  contentType: string;
}

export interface EmailCalendar {
  filename: string;
  method: "PUBLISH" | "CANCEL";
  content: string;
}

/** One email's content, before it is rendered to HTML and text (render-email.ts, the same for all). */
export interface EmailContent {
  subject: string;
  element: ReactElement;
  /** The event's own reply-to address; MAIL_REPLY_TO when absent. */
  replyTo?: string;
  attachments?: EmailAttachment[];
  icalEvent?: EmailCalendar;
}

type ReadMethods = "findUnique" | "findFirst" | "findMany" | "count";

/** What a composer may read beyond its row: queries only, so that rendering an email cannot write. */
export type EmailReader = { [Model in "event" | "registration" | "message" | "invitation"]: Pick<DbClient[Model], ReadMethods> };

/**
 * One kind of email (like exports' ListExporter): what it reads from its outbox row, what it shows,
 * and a preview. `load` only reads the database; `compose` does not see it, so that the previews
 * of the back office and `npm run email:preview` show the very content that is sent.
 */
export interface EmailComposer<Payload = unknown, View = unknown> {
  /** The outbox row's `data` this kind reads: a row that does not fit fails with the reason (and is retried, then kept as FAILED). */
  payload: z.ZodType<Payload>;
  /** What the email shows, read from the row and the database as they are now (through `read`, which cannot write). */
  load(payload: Payload, row: OutboxRow, read: EmailReader): View | Promise<View>;
  /** Subject, body, attachments: from the view alone. */
  compose(view: View): EmailContent | Promise<EmailContent>;
  /** A realistic view, to look at the email without a database (scripts/email-preview.tsx). */
  preview: View;
}

/** The attendee an email goes to: the kinds sent to attendees cannot do without. */
export function needAttendee(row: OutboxRow) {
  if (!row.attendee) throw new Error("it has no attendee");
  return row.attendee;
}

/** The registration an email is about, with its event and programme. */
export function needRegistration(row: OutboxRow) {
  if (!row.registration) throw new Error("it has no registration");
  return row.registration;
}

/** The address it goes to: its attendee's, its back-office user's, or the row's own. */
export function recipientOf(row: OutboxRow): string {
  const to = row.attendee?.email ?? row.user?.email ?? row.to;
  if (!to) throw new Error("it has no recipient");
  return to;
}
