import "server-only";
import { systemActor } from "../audit/actor";
import { certificatesSendTime } from "../certificates/send-time";
import { db } from "../db/client";
import { requestDelivery } from "../outbox/delivery-trigger";
import { questionnaireClosesAt } from "../questions/questionnaire-closing";
import { sendInvites } from "./internal/send-invites";

const DAY_MS = 86_400_000;
/** Days looked at: a questionnaire is never sent after it closes, and closes within this range unless the organisers chose later. */
const LOOK_BACK_DAYS = 120;

/**
 * The background job: the morning after a day (at its certificates' time), each person checked in
 * within the day gets the day's questionnaire with their personal link, once: the invite's unique
 * registration is the claim, so several instances never send it twice. Days with the questionnaire
 * off, without a question, or already closed send nothing. An admin may send it earlier, from the
 * day's start (send-questionnaire-now.ts): the job then sends only to those checked in since.
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
    sent += await sendInvites({ actor, event, now });
  }
  if (sent > 0) requestDelivery();
  return sent;
}
