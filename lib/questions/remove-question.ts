import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { renumberQuestions } from "./internal/positions";
import { questionOrder } from "./list-questions";

/**
 * « Supprimer » : a question nobody answered is deleted; one with answers is archived instead (no
 * longer asked, its answers kept in the exports, marked as archived). The page warns first.
 */
export async function removeQuestion({ actor, questionId, now = new Date() }: { actor: BackOfficeActor; questionId: string; now?: Date }): Promise<"DELETED" | "ARCHIVED"> {
  return inTransaction(async (tx) => {
    const question = await tx.question.findUnique({ where: { id: questionId }, include: { _count: { select: { answers: true, feedback: true } } } });
    if (!question) throw new AppError("RECORD_NOT_FOUND");
    if (question.archivedAt) throw new AppError("QUESTION_ARCHIVED");
    const answers = question._count.answers + question._count.feedback;
    const answered = answers > 0;
    if (answered) await tx.question.update({ where: { id: questionId }, data: { archivedAt: now } });
    else await tx.question.delete({ where: { id: questionId } });
    await renumberQuestions(tx, await tx.question.findMany({ where: { eventId: question.eventId, purpose: question.purpose, archivedAt: null }, orderBy: questionOrder }));
    await recordAudit(tx, actor, {
      action: answered ? "question.archived" : "question.deleted",
      entityType: "Question",
      entityId: questionId,
      eventId: question.eventId,
      before: { key: question.key, label: question.label, type: question.type, answers },
    });
    return answered ? "ARCHIVED" : "DELETED";
  });
}
