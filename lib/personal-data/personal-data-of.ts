import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";

/**
 * Everything the app holds about one person (the right of access, RGPD art. 15), as JSON: their
 * details, registrations with their history of arrival, and the emails sent to them.
 */
export async function personalDataOf(attendeeId: string) {
  const attendee = await db.attendee.findUnique({
    where: { id: attendeeId },
    include: {
      registrations: {
        include: {
          event: { select: { slug: true, title: true, startsAt: true } },
          checkIn: { select: { checkedInAt: true } },
          waitlistEntry: { select: { offerExpiresAt: true } },
          answers: { select: { value: true, question: { select: { key: true, label: true } } } },
        },
        orderBy: { createdAt: "asc" },
      },
      emails: { select: { kind: true, subject: true, status: true, createdAt: true, sentAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!attendee) throw new AppError("RECORD_NOT_FOUND");
  const { manageTokenHash: _secret, nameKey: _key, registrations, emails, ...details } = attendee;
  return {
    details,
    registrations: registrations.map(({ event, status, lunch, createdAt, confirmedAt, cancelledAt, cancellationReason, internalNote, checkIn, ticketCode, answers }) => ({
      event: event.title,
      date: event.startsAt,
      status,
      lunch,
      registeredAt: createdAt,
      confirmedAt,
      cancelledAt,
      cancellationReason,
      ticketCode,
      arrivedAt: checkIn?.checkedInAt ?? null,
      organisersNote: internalNote,
      answers: answers.map(({ question, value }) => ({ question: question.label, key: question.key, value: JSON.parse(value) as unknown })),
    })),
    emails,
  };
}
