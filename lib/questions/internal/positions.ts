import "server-only";
import type { Tx } from "../../db/transaction";

/** Writes positions 0, 1, 2… of a day's questions in the given order, touching only those that move. */
export async function renumberQuestions(tx: Tx, questions: { id: string; position: number }[]): Promise<void> {
  for (const [position, question] of questions.entries()) {
    if (question.position !== position) await tx.question.update({ where: { id: question.id }, data: { position } });
  }
}
