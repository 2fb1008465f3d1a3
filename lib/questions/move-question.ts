import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { renumberQuestions } from "./internal/positions";
import { questionOrder } from "./list-questions";

/** Moves a question one place up or down among the day's questions still asked. */
export async function moveQuestion({ actor, questionId, direction }: { actor: BackOfficeActor; questionId: string; direction: "up" | "down" }): Promise<void> {
  await inTransaction(async (tx) => {
    const question = await tx.question.findUnique({ where: { id: questionId } });
    if (!question) throw new AppError("RECORD_NOT_FOUND");
    if (question.archivedAt) throw new AppError("QUESTION_ARCHIVED");
    const questions = await tx.question.findMany({ where: { eventId: question.eventId, purpose: question.purpose, archivedAt: null }, orderBy: questionOrder });
    const from = questions.findIndex((candidate) => candidate.id === questionId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= questions.length) return;
    const order = [...questions];
    [order[from], order[to]] = [order[to], order[from]];
    await renumberQuestions(tx, order);
    await recordAudit(tx, actor, {
      action: "question.moved",
      entityType: "Question",
      entityId: questionId,
      eventId: question.eventId,
      before: { position: from + 1 },
      after: { position: to + 1 },
    });
  });
}
