import "server-only";
import { z } from "zod";
import { db } from "../db/client";

export const OUTBOX_PAGE_SIZE = 50;

export const outboxQuerySchema = z.object({
  statut: z.enum(["PENDING", "SENT", "CAPTURED", "FAILED"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

export type OutboxQuery = z.infer<typeof outboxQuerySchema>;

/** The app's outgoing emails, newest first: to whom, what, when, and how delivery went. */
export async function listOutbox(query: OutboxQuery) {
  const where = query.statut ? { status: query.statut } : {};
  const [emails, total] = await Promise.all([
    db.outboxEmail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true, kind: true, status: true, subject: true, to: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true,
        attendee: { select: { email: true } },
        user: { select: { email: true } },
      },
    }),
    db.outboxEmail.count({ where }),
  ]);
  return { emails, total, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}
