import "server-only";
import { createElement } from "react";
import { render, toPlainText } from "@react-email/render";
import { db } from "../db/client";
import { env } from "../env";
import { emailEvent, programmeInclude } from "../mail/email-content";
import OrganiserMessage from "../../emails/organiser-message";
import { audienceWhere, type MessageInput } from "./schema";

/** What sending a message would do: how many people, and the email the first of them would read. */
export async function previewMessage({ eventId, input }: { eventId: string; input: MessageInput }) {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, include: programmeInclude });
  const where = audienceWhere(eventId, input.audience);
  const [recipients, first] = await Promise.all([
    db.registration.count({ where }),
    db.registration.findFirst({ where, include: { attendee: { select: { firstName: true } } }, orderBy: { createdAt: "asc" } }),
  ]);
  const html = await render(
    createElement(OrganiserMessage, {
      firstName: first?.attendee.firstName ?? "Prénom",
      event: emailEvent(event),
      subject: input.subject,
      body: input.body,
      manageUrl: `${env.APP_URL}/inscription/gerer/…`,
    }),
  );
  return { recipients, subject: `${input.subject} — ${event.title}`, text: toPlainText(html) };
}
