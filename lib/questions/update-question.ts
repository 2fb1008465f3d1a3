import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { keyFor } from "./internal/keys";
import { QUESTION_TYPE_SPECS } from "./question-types";
import type { QuestionUpdate } from "./schema";

/**
 * Changes a question, answers or not: its label, help, whether it is required or sensitive, its
 * choices' labels, and new choices at the end. Its key and type stay (answers depend on them).
 */
export async function updateQuestion({ actor, questionId, update }: { actor: BackOfficeActor; questionId: string; update: QuestionUpdate }): Promise<void> {
  await inTransaction(async (tx) => {
    const question = await tx.question.findUnique({ where: { id: questionId }, include: { choices: { orderBy: { position: "asc" } } } });
    if (!question) throw new AppError("RECORD_NOT_FOUND");
    if (question.archivedAt) throw new AppError("QUESTION_ARCHIVED");
    const renamed = question.choices.filter((choice) => update.choiceLabels[choice.key] !== undefined && update.choiceLabels[choice.key] !== choice.label);
    const added = QUESTION_TYPE_SPECS[question.type].hasChoices ? update.newChoices.filter((label) => !question.choices.some((choice) => !choice.archivedAt && choice.label === label)) : [];
    // A questionnaire's question is never « sensitive » (anonymous answers, seen by organisers).
    const sensitive = question.purpose === "REGISTRATION" && update.sensitive;
    await tx.question.update({
      where: { id: questionId },
      data: { label: update.label, help: update.help, required: update.required, sensitive },
    });
    for (const choice of renamed) await tx.questionChoice.update({ where: { id: choice.id }, data: { label: update.choiceLabels[choice.key] } });
    const taken = question.choices.map((choice) => choice.key);
    let position = Math.max(-1, ...question.choices.map((choice) => choice.position));
    for (const label of added) {
      const key = keyFor(label, taken);
      taken.push(key);
      position += 1;
      await tx.questionChoice.create({ data: { questionId, key, label, position } });
    }
    await recordAudit(tx, actor, {
      action: "question.updated",
      entityType: "Question",
      entityId: questionId,
      eventId: question.eventId,
      before: {
        label: question.label,
        help: question.help,
        required: question.required,
        sensitive: question.sensitive,
        ...(renamed.length > 0 ? { choices: Object.fromEntries(renamed.map((choice) => [choice.key, choice.label])) } : {}),
      },
      after: {
        label: update.label,
        help: update.help,
        required: update.required,
        sensitive,
        ...(renamed.length > 0 ? { choices: Object.fromEntries(renamed.map((choice) => [choice.key, update.choiceLabels[choice.key]])) } : {}),
        ...(added.length > 0 ? { addedChoices: added } : {}),
      },
    });
  });
}
