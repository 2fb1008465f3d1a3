import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { formatLongDate, formatTime } from "../dates";
import { db } from "../db/client";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { requestDelivery } from "../outbox/delivery-trigger";
import { questionnaireClosesAt } from "../questions/questionnaire-closing";
import { awaitingQuestionnaire, sendInvites } from "./internal/send-invites";

/** Where a day's questionnaire stands: sent so far, people checked in still awaiting it, and why it cannot go now (null: it can). */
export interface QuestionnaireSending {
  sent: number;
  awaiting: number;
  refusal: AppError | null;
}

async function dayOf(eventId: string) {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      questionnaireEnabled: true,
      questionnaireClosesAt: true,
      _count: { select: { questions: { where: { purpose: "FEEDBACK", archivedAt: null } } } },
    },
  });
  if (!event) throw new AppError("RECORD_NOT_FOUND");
  return event;
}

function refusal(event: Awaited<ReturnType<typeof dayOf>>, now: Date): AppError | null {
  if (!event.questionnaireEnabled) return new AppError("QUESTIONNAIRE_NOT_READY", "activez-le d'abord");
  if (event._count.questions === 0) return new AppError("QUESTIONNAIRE_NOT_READY", "ajoutez-lui au moins une question");
  if (now < event.startsAt) return new AppError("QUESTIONNAIRE_NOT_READY", `la journée commence le ${formatLongDate(event.startsAt)} à ${formatTime(event.startsAt)}`);
  const closesAt = questionnaireClosesAt(event);
  if (now >= closesAt) return new AppError("QUESTIONNAIRE_CLOSED", `depuis le ${formatLongDate(closesAt)} à ${formatTime(closesAt)}`);
  return null;
}

/** For the questionnaire's page: sent so far, awaiting, and whether « Envoyer maintenant » may go. */
export async function questionnaireSending({ eventId, now = new Date() }: { eventId: string; now?: Date }): Promise<QuestionnaireSending> {
  const event = await dayOf(eventId);
  const [sent, awaiting] = await Promise.all([db.questionnaireInvite.count({ where: { eventId } }), awaitingQuestionnaire(event)]);
  return { sent, awaiting: awaiting.length, refusal: refusal(event, now) };
}

/**
 * « Envoyer le questionnaire maintenant » (an admin), from the day's start until the questionnaire
 * closes, for instance during the closing session: each person checked in so far who has not had it
 * gets it now; those checked in later get it from the job the morning after. Nobody gets it twice.
 * Audited per person, and on the day with the count.
 */
export async function sendQuestionnaireNow({ actor, eventId, now = new Date() }: { actor: UserActor; eventId: string; now?: Date }): Promise<{ sent: number }> {
  const event = await dayOf(eventId);
  const refused = refusal(event, now);
  if (refused) throw refused;
  const sent = await sendInvites({ actor, event, now });
  await inTransaction((tx) => recordAudit(tx, actor, { action: "event.questionnaire.sent", entityType: "Event", entityId: event.id, eventId: event.id, after: { sent } }));
  if (sent > 0) requestDelivery();
  return { sent };
}
