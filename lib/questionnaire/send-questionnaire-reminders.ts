import "server-only";
import { systemActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { inTransaction } from "../db/transaction";
import { requestDelivery } from "../outbox/delivery-trigger";
import { enqueueEmail } from "../outbox/outbox";
import { questionnaireClosesAt } from "../questions/questionnaire-closing";

/** The reminder goes this long before the questionnaire closes (or at once, when it was sent later than that). */
export const QUESTIONNAIRE_REMINDER_BEFORE_MS = 3 * 86_400_000;

/**
 * The background job: once, a few days before a questionnaire closes, those who were sent it and
 * have not answered get a reminder with the same link. The claim is a conditional update of the
 * invite's reminded-at marker, so the reminder never goes twice; an invite sent less than a day
 * ago is left alone (no reminder on the heels of the first email).
 */
export async function sendQuestionnaireReminders({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const invites = await db.questionnaireInvite.findMany({
    where: { answeredAt: null, remindedAt: null, sentAt: { lte: new Date(now.getTime() - 86_400_000) } },
    select: { id: true, eventId: true, registration: { select: { id: true, attendeeId: true, event: { select: { endsAt: true, questionnaireClosesAt: true, questionnaireEnabled: true } } } } },
    orderBy: { id: "asc" },
  });
  const actor = systemActor("send-questionnaire-reminders");
  let sent = 0;
  for (const { id, eventId, registration } of invites) {
    const closesAt = questionnaireClosesAt(registration.event).getTime();
    if (!registration.event.questionnaireEnabled || now.getTime() >= closesAt || now.getTime() < closesAt - QUESTIONNAIRE_REMINDER_BEFORE_MS) continue;
    const claimed = await inTransaction(async (tx) => {
      const claim = await tx.questionnaireInvite.updateMany({ where: { id, remindedAt: null, answeredAt: null }, data: { remindedAt: now } });
      if (claim.count === 0) return false;
      await enqueueEmail(tx, { kind: "QUESTIONNAIRE_REMINDER", attendeeId: registration.attendeeId, registrationId: registration.id, data: { inviteId: id }, createdAt: now });
      await recordAudit(tx, actor, { action: "registration.questionnaire.reminded", entityType: "Registration", entityId: registration.id, eventId });
      return true;
    });
    if (claimed) sent++;
  }
  if (sent > 0) requestDelivery();
  return sent;
}
