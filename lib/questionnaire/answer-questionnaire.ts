import "server-only";
import { systemActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { formatLongDate } from "../dates";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { checkAnswers, storedValue } from "../questions/answers";
import { listQuestions } from "../questions/list-questions";
import { questionnaireClosesAt } from "../questions/questionnaire-closing";
import type { AnswersInput } from "../questions/schema";
import { questionnaireInvite } from "./questionnaire-form";

/** Who the audit names for an answer: nobody, on purpose (the answers are anonymous). */
const ANONYMOUS = systemActor("questionnaire-anonymous-answer");

/**
 * Stores (or replaces, until the closing date) the answers given through a personal link. The
 * response row carries no registration: it is found again by the link's hash only. The invite
 * keeps only when it was answered, so that no reminder follows; so the response and its answers
 * carry no time at all (random ids, no dates), and the audit names the day, not the response:
 * nothing in the database ties the invite's answeredAt to these answers.
 */
export async function answerQuestionnaire({ token, input, now = new Date() }: { token: string; input: AnswersInput; now?: Date }): Promise<{ updated: boolean }> {
  const { invite, event, linkHash } = await questionnaireInvite(token);
  const closesAt = questionnaireClosesAt(event);
  if (now >= closesAt) throw new AppError("QUESTIONNAIRE_CLOSED", `depuis le ${formatLongDate(closesAt)}`);
  const questions = (await listQuestions([event.id], { purpose: "FEEDBACK" })).get(event.id) ?? [];
  const answers = checkAnswers([{ slug: event.slug, questions }], input);
  return inTransaction(async (tx) => {
    const existing = await tx.feedbackResponse.findUnique({ where: { linkHash }, select: { id: true } });
    const response = existing ?? (await tx.feedbackResponse.create({ data: { eventId: event.id, linkHash }, select: { id: true } }));
    await tx.feedbackAnswer.deleteMany({ where: { responseId: response.id, question: { archivedAt: null } } });
    if (answers.length > 0) {
      await tx.feedbackAnswer.createMany({ data: answers.map((answer) => ({ responseId: response.id, questionId: answer.questionId, value: storedValue(answer.value) })) });
    }
    await tx.questionnaireInvite.updateMany({ where: { id: invite.id, answeredAt: null }, data: { answeredAt: now } });
    await recordAudit(tx, ANONYMOUS, {
      action: existing ? "questionnaire.response.updated" : "questionnaire.response.created",
      entityType: "Event",
      entityId: event.id,
      eventId: event.id,
    });
    return { updated: existing !== null };
  });
}
