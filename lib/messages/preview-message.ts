import "server-only";
import { db } from "../db/client";
import { eventView, previewRecipient, programmeInclude } from "../mail/email-content";
import { organiserMessageComposer } from "../mail/composers/organiser-message";
import { renderEmail } from "../mail/render-email";
import { audienceWhere, type MessageInput } from "./schema";

/** What sending a message would do: how many people, and the email the first of them would read. */
export async function previewMessage({ eventId, input }: { eventId: string; input: MessageInput }) {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, include: programmeInclude });
  const where = audienceWhere(eventId, input.audience);
  const [recipients, first] = await Promise.all([
    db.registration.count({ where }),
    db.registration.findFirst({ where, include: { attendee: { select: { firstName: true } } }, orderBy: { createdAt: "asc" } }),
  ]);
  const { subject, text } = await renderEmail(
    await organiserMessageComposer.compose({
      attendee: previewRecipient(first?.attendee.firstName),
      event: eventView(event),
      subject: input.subject,
      body: input.body,
    }),
  );
  return { recipients, subject, text };
}
