import "server-only";
import { systemActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { certificatesSendTime } from "../certificates/send-time";
import { withinCheckInWindow } from "../checkin/check-in-window";
import { db } from "../db/client";
import { inTransaction } from "../db/transaction";
import { isUniqueViolation } from "../db/unique-violation";
import { requestDelivery } from "../outbox/delivery-trigger";
import { enqueueEmail } from "../outbox/outbox";
import { questionnaireClosesAt } from "../questions/questionnaire-closing";

const DAY_MS = 86_400_000;
/** Days looked at: a questionnaire is never sent after it closes, and closes within this range unless the organisers chose later. */
const LOOK_BACK_DAYS = 120;

/**
 * The background job: the morning after a day (at its certificates' time), each person checked in
 * within the day gets the day's questionnaire with their personal link, once: the invite's unique
 * registration is the claim, so several instances never send it twice. Days with the questionnaire
 * off, without a question, or already closed send nothing.
 */
export async function sendDueQuestionnaires({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const events = await db.event.findMany({
    where: {
      questionnaireEnabled: true,
      endsAt: { lte: now, gt: new Date(now.getTime() - LOOK_BACK_DAYS * DAY_MS) },
      questions: { some: { purpose: "FEEDBACK", archivedAt: null } },
    },
    select: { id: true, startsAt: true, endsAt: true, certificatesEmailTime: true, questionnaireClosesAt: true },
  });
  const actor = systemActor("send-questionnaires");
  let sent = 0;
  for (const event of events) {
    if (now < certificatesSendTime(event) || now >= questionnaireClosesAt(event)) continue;
    const registrations = await db.registration.findMany({
      where: { eventId: event.id, status: "CONFIRMED", checkIn: { isNot: null }, questionnaire: null },
      select: { id: true, attendeeId: true, checkIn: { select: { checkedInAt: true } } },
      orderBy: { id: "asc" },
    });
    for (const registration of registrations) {
      if (!registration.checkIn || !withinCheckInWindow(event, registration.checkIn.checkedInAt)) continue;
      try {
        await inTransaction(async (tx) => {
          const invite = await tx.questionnaireInvite.create({ data: { registrationId: registration.id, eventId: event.id, sentAt: now } });
          await enqueueEmail(tx, { kind: "QUESTIONNAIRE", attendeeId: registration.attendeeId, registrationId: registration.id, data: { inviteId: invite.id }, createdAt: now });
          await recordAudit(tx, actor, { action: "registration.questionnaire.sent", entityType: "Registration", entityId: registration.id, eventId: event.id });
        });
        sent++;
      } catch (error) {
        // Another instance sent it first.
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }
  if (sent > 0) requestDelivery();
  return sent;
}
