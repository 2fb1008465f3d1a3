import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { getEventQuestion } from "./list-questions";

/** A question of the event with this slug, for a server action: never another event's (RECORD_NOT_FOUND). */
export async function questionOf(slug: string, questionId: string) {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true } });
  const question = event ? await getEventQuestion(event.id, questionId) : null;
  if (!question) throw new AppError("RECORD_NOT_FOUND");
  return question;
}
