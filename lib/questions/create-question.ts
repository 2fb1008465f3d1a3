import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError } from "../errors";
import { keyFor } from "./internal/keys";
import { QUESTION_TYPE_SPECS } from "./question-types";
import type { QuestionPurpose } from "../db/models";
import type { QuestionInput } from "./schema";

/**
 * Adds a question at the end of a day's questions (of the registration form, or with `purpose`
 * FEEDBACK of its questionnaire). Its key (the JSON API's name of the answer) is
 * the one given, or made from the label; it never changes afterwards.
 */
export async function createQuestion({
  actor,
  eventId,
  input,
  purpose = "REGISTRATION",
}: {
  actor: BackOfficeActor;
  eventId: string;
  input: QuestionInput;
  purpose?: QuestionPurpose;
}): Promise<{ id: string; key: string }> {
  try {
    return await inTransaction(async (tx) => {
      const existing = await tx.question.findMany({ where: { eventId }, select: { key: true, position: true, purpose: true } });
      if (input.key && existing.some((question) => question.key === input.key)) throw new AppError("QUESTION_KEY_TAKEN", input.key, "key");
      const key = input.key ?? keyFor(input.label, existing.map((question) => question.key));
      const choices = QUESTION_TYPE_SPECS[input.type].hasChoices ? input.choices : [];
      // The questionnaire's answers are anonymous and seen by organisers: never « sensitive ».
      const sensitive = purpose === "REGISTRATION" && input.sensitive;
      const taken: string[] = [];
      const question = await tx.question.create({
        data: {
          eventId,
          key,
          type: input.type,
          label: input.label,
          help: input.help,
          required: input.required,
          sensitive,
          purpose,
          position: Math.max(-1, ...existing.filter((other) => other.purpose === purpose).map((other) => other.position)) + 1,
          choices: {
            create: choices.map((label, position) => {
              const choiceKey = keyFor(label, taken);
              taken.push(choiceKey);
              return { key: choiceKey, label, position };
            }),
          },
        },
        select: { id: true, key: true },
      });
      await recordAudit(tx, actor, {
        action: "question.created",
        entityType: "Question",
        entityId: question.id,
        eventId,
        after: { key, purpose, type: input.type, label: input.label, help: input.help, required: input.required, sensitive, choices },
      });
      return question;
    });
  } catch (error) {
    // Two admins adding the same label at once: the unique index settles it.
    if (isUniqueViolation(error)) throw new AppError("QUESTION_KEY_TAKEN", input.key, "key");
    throw error;
  }
}
