import "server-only";
import { recordAudit } from "../audit/record-audit";
import { inTransaction } from "../db/transaction";
import { AppError } from "../errors";
import type { UserActor } from "../audit/actor";
import { keepOneAdmin } from "./internal/admin-guard";

/**
 * Deactivates an account (it can no longer sign in, and its open sessions end at once: they are
 * deleted) or reactivates it. The last active admin cannot be deactivated.
 */
export async function setUserActive({
  actor,
  userId,
  active,
  now = new Date(),
}: {
  actor: UserActor;
  userId: string;
  active: boolean;
  now?: Date;
}): Promise<void> {
  await inTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError("RECORD_NOT_FOUND");
    if (active === !user.deactivatedAt) return;
    if (!active && user.role === "ADMIN") await keepOneAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: active ? null : now } });
    if (!active) {
      await tx.session.deleteMany({ where: { userId } });
      await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    }
    await recordAudit(tx, actor, { action: active ? "user.reactivated" : "user.deactivated", entityType: "User", entityId: userId, after: { email: user.email } });
  });
}
