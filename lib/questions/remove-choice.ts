import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { storedValue } from "./answers";

/**
 * Removes a choice from the form. Answers that chose it keep it: the choice is then archived, and
 * exports show its label marked « choix retiré ». A choice question keeps two choices at least.
 */
export async function removeChoice({ actor, questionId, choiceKey, now = new Date() }: { actor: BackOfficeActor; questionId: string; choiceKey: string; now?: Date }): Promise<"DELETED" | "ARCHIVED"> {
  return inTransaction(async (tx) => {
    const question = await tx.question.findUnique({ where: { id: questionId }, include: { choices: true } });
    const choice = question?.choices.find((candidate) => candidate.key === choiceKey && !candidate.archivedAt);
    if (!question || !choice) throw new AppError("RECORD_NOT_FOUND");
    if (question.archivedAt) throw new AppError("QUESTION_ARCHIVED");
    if (question.choices.filter((candidate) => !candidate.archivedAt).length <= 2) throw new AppError("QUESTION_TOO_FEW_CHOICES");
    // A stored value names a key between quotes: "clé" or ["clé", …].
    const chose = { questionId, value: { contains: storedValue(choiceKey) } };
    const answered = (await tx.answer.count({ where: chose })) + (await tx.feedbackAnswer.count({ where: chose })) > 0;
    if (answered) await tx.questionChoice.update({ where: { id: choice.id }, data: { archivedAt: now } });
    else await tx.questionChoice.delete({ where: { id: choice.id } });
    await recordAudit(tx, actor, {
      action: "question.choice.removed",
      entityType: "Question",
      entityId: questionId,
      eventId: question.eventId,
      before: { choice: { key: choice.key, label: choice.label } },
      after: { kept: answered },
    });
    return answered ? "ARCHIVED" : "DELETED";
  });
}
