import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import type { QuestionnaireSettingsInput } from "./schema";

/** Turns a day's questionnaire on or off and sets until when it takes answers (none: two weeks after the day). */
export async function updateQuestionnaireSettings({ actor, eventId, input }: { actor: BackOfficeActor; eventId: string; input: QuestionnaireSettingsInput }): Promise<void> {
  await inTransaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { endsAt: true, questionnaireEnabled: true, questionnaireClosesAt: true } });
    if (!event) throw new AppError("RECORD_NOT_FOUND");
    if (input.closesAt && input.closesAt <= event.endsAt) throw new AppError("QUESTIONNAIRE_CLOSING_BEFORE_DAY", undefined, "closesAt");
    await tx.event.update({ where: { id: eventId }, data: { questionnaireEnabled: input.enabled, questionnaireClosesAt: input.closesAt } });
    await recordAudit(tx, actor, {
      action: "event.questionnaire.updated",
      entityType: "Event",
      entityId: eventId,
      eventId,
      before: { enabled: event.questionnaireEnabled, closesAt: event.questionnaireClosesAt },
      after: { enabled: input.enabled, closesAt: input.closesAt },
    });
  });
}
