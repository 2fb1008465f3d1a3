import "server-only";
import { db } from "../db/client";
import type { Question, QuestionChoice, QuestionPurpose } from "../db/models";
import type { AskedQuestion } from "./question-types";

export type QuestionRow = Question & { choices: QuestionChoice[] };

export const questionOrder = [{ position: "asc" as const }, { createdAt: "asc" as const }];

export function toAskedQuestion(row: QuestionRow): AskedQuestion {
  return {
    id: row.id,
    key: row.key,
    type: row.type,
    label: row.label,
    help: row.help,
    required: row.required,
    sensitive: row.sensitive,
    archived: row.archivedAt !== null,
    choices: [...row.choices].sort((a, b) => a.position - b.position).map((choice) => ({ key: choice.key, label: choice.label, archived: choice.archivedAt !== null })),
  };
}

/**
 * The questions of some events, by event id, in the order the admins set: those asked now, or
 * with `archived` also those removed while they had answers (for exports and answer pages).
 */
export async function listQuestions(
  eventIds: string[],
  { archived = false, purpose = "REGISTRATION" }: { archived?: boolean; purpose?: QuestionPurpose } = {},
): Promise<Map<string, AskedQuestion[]>> {
  const rows = await db.question.findMany({
    where: { eventId: { in: eventIds }, purpose, ...(archived ? {} : { archivedAt: null }) },
    include: { choices: true },
    orderBy: questionOrder,
  });
  const byEvent = new Map<string, AskedQuestion[]>(eventIds.map((id) => [id, []]));
  for (const row of rows) byEvent.get(row.eventId)?.push(toAskedQuestion(row));
  return byEvent;
}

/** One event's questions as the admin pages list them, archived ones last, with their number of answers. */
export async function listEventQuestions(eventId: string, purpose: QuestionPurpose = "REGISTRATION"): Promise<(AskedQuestion & { position: number; answers: number })[]> {
  const rows = await db.question.findMany({
    where: { eventId, purpose },
    include: { choices: true, _count: { select: { answers: true, feedback: true } } },
    orderBy: questionOrder,
  });
  return rows
    .map((row) => ({ ...toAskedQuestion(row), position: row.position, answers: row._count.answers + row._count.feedback }))
    .sort((a, b) => Number(a.archived) - Number(b.archived));
}

/** The questions asked now on some days, by event slug (for the registration form). */
export async function listQuestionsBySlug(slugs: string[]): Promise<Map<string, AskedQuestion[]>> {
  const rows = await db.question.findMany({
    where: { event: { slug: { in: slugs } }, purpose: "REGISTRATION", archivedAt: null },
    include: { choices: true, event: { select: { slug: true } } },
    orderBy: questionOrder,
  });
  const bySlug = new Map<string, AskedQuestion[]>(slugs.map((slug) => [slug, []]));
  for (const row of rows) bySlug.get(row.event.slug)?.push(toAskedQuestion(row));
  return bySlug;
}

/** One question of an event for an admin page or action (never another event's), or null. */
export async function getEventQuestion(eventId: string, questionId: string) {
  const row = await db.question.findFirst({ where: { id: questionId, eventId }, include: { choices: true, _count: { select: { answers: true, feedback: true } } } });
  return row ? { ...toAskedQuestion(row), purpose: row.purpose, answers: row._count.answers + row._count.feedback } : null;
}
