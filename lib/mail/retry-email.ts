import "server-only";
import type { UserActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";

/** Gives a failed email a new round of attempts, at once (e.g. once the SMTP server is repaired). */
export async function retryEmail({ actor, emailId, now = new Date() }: { actor: UserActor; emailId: string; now?: Date }): Promise<void> {
  await inTransaction(async (tx) => {
    const { count } = await tx.outboxEmail.updateMany({
      where: { id: emailId, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now, leaseExpiresAt: null },
    });
    if (count === 0) throw new AppError("WRONG_STATUS", "seul un email en échec peut être renvoyé");
    await recordAudit(tx, actor, { action: "email.retried", entityType: "OutboxEmail", entityId: emailId });
  });
}
